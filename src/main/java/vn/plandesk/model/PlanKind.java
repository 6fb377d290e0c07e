package vn.plandesk.model;

/** Who issued a plan: the province, a ward or commune (phường/xã), or a department (sở). */
public enum PlanKind {
    PROVINCE, WARD, DEPARTMENT
}
