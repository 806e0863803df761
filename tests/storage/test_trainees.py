"""Trainee profiles and PINs."""

from __future__ import annotations

from uuid import uuid4

import pytest
from sqlalchemy import text

from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.trainees import (
    create_trainee,
    get_trainee,
    list_trainees,
    set_pin,
    update_trainee,
    verify_pin,
)


def test_profiles_are_created_listed_and_updated(db: Database) -> None:
    b = create_trainee(db, "  Trần   Văn Bình ", unit="Trường Tiểu học Kim Đồng", role="Giáo viên", language="vi")
    a = create_trainee(db, "Nguyễn Thị An", unit="Phòng GD&ĐT quận Cầu Giấy", role="Chuyên viên", language="en")
    assert b.display_name == "Trần Văn Bình" and not b.has_pin
    assert [t.id for t in list_trainees(db)] == [a.id, b.id]
    assert [t.id for t in list_trainees(db, unit="Trường Tiểu học Kim Đồng")] == [b.id]
    changed = update_trainee(db, b.id, role="Hiệu trưởng", display_name="Trần Văn Bình (THKĐ)")
    assert changed.role == "Hiệu trưởng" and get_trainee(db, b.id) == changed
    with pytest.raises(ValueError):
        create_trainee(db, "   ")
    with pytest.raises(NotFoundError):
        get_trainee(db, uuid4())


def test_a_pin_is_kept_only_as_a_hash(db: Database) -> None:
    t = create_trainee(db, "Hoàng Thu Trang", pin="2468")
    assert get_trainee(db, t.id).has_pin
    assert verify_pin(db, t.id, "2468") and not verify_pin(db, t.id, "1357")
    with db.read() as s:
        stored = s.execute(text("SELECT pin_hash FROM trainees")).scalar_one()
    assert "2468" not in stored and stored.startswith("scrypt$")
    set_pin(db, t.id, None)
    assert not get_trainee(db, t.id).has_pin and not verify_pin(db, t.id, "2468")
