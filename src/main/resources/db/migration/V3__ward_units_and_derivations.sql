-- The ward's own units, offered when the officer assigns a derived task (preset with the units of the Chơn Thành
-- plan; the officer edits the list), and for each derived ward plan the parent plan as it stood when the ward last
-- agreed with it, so that a later comparison shows what changed in the parent since.
CREATE TABLE ward_unit (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    position INT          NOT NULL,
    name     VARCHAR(500) NOT NULL
);

INSERT INTO ward_unit (position, name) VALUES
    (0, 'Phòng Văn hóa - Xã hội'),
    (1, 'Phòng Kinh tế, Hạ tầng và Đô thị'),
    (2, 'Văn phòng HĐND và UBND phường'),
    (3, 'Công an phường'),
    (4, 'Trạm Y tế'),
    (5, 'Trung tâm Phục vụ hành chính công'),
    (6, 'Trung tâm Dịch vụ tổng hợp'),
    (7, 'Các cơ quan, đơn vị');

-- parent_plan_id is the stored parent, if it is still in the store; parent_snapshot is the parent in the exchange
-- format (docs/exchange-format.md) as it stood at derive time or at the last accepted change.
CREATE TABLE derivation (
    ward_plan_id    BIGINT    NOT NULL PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    parent_plan_id  BIGINT    REFERENCES plan (id) ON DELETE SET NULL,
    parent_snapshot CLOB      NOT NULL,
    updated_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
