package vn.plandesk.service.derive;

import java.util.List;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.Signer;

/** The text of a plan around its appendices: trích yếu, Căn cứ, opening, sections, Nơi nhận, signer. */
public record PlanBody(String summary, List<String> legalBases, List<String> introduction,
                       List<BodySection> sections, List<String> recipients, Signer signer) {
    public PlanBody {
        legalBases = List.copyOf(legalBases);
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
        signer = signer == null ? Signer.empty() : signer;
    }
}
