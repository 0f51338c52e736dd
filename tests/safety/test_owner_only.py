"""A passphrase file readable by others is refused on Windows too: the access-control
entries a Windows file has, given through an injected security API (the ctypes calls to
advapi32 run only on Windows), decide like Windows does."""

from __future__ import annotations

import os

import pytest

from eidroster.domain.errors import InputError
from eidroster.io.owner_only import (
    ACCESS_ALLOWED,
    ACCESS_DENIED,
    EVERYONE,
    INHERIT_ONLY,
    Ace,
    other_readers,
    readers_besides_owner,
)
from eidroster.services.privacy import read_passphrase_file

OWNER = "S-1-5-21-1004336348-1177238915-682003330-1001"
USERS = "S-1-5-32-545"
SYSTEM = "S-1-5-18"
ADMINS = "S-1-5-32-544"
FULL, READ, WRITE_ONLY = 0x1F01FF, 0x120089, 0x000116
GENERIC_READ = 0x80000000


class FakeWindows:
    """What GetNamedSecurityInfoW would give for the file."""

    def __init__(self, aces, owner: str = OWNER) -> None:
        self.owner, self.aces, self.asked = owner, aces, []

    def file_security(self, path):
        self.asked.append(path)
        return self.owner, self.aces


def allow(sid: str, mask: int = READ, flags: int = 0) -> Ace:
    return Ace(ACCESS_ALLOWED, flags, mask, sid)


def deny(sid: str, mask: int = READ) -> Ace:
    return Ace(ACCESS_DENIED, 0, mask, sid)


@pytest.mark.parametrize("aces,expected", [
    # what %LOCALAPPDATA% gives a new file: the user, SYSTEM, Administrators
    ([allow(SYSTEM, FULL), allow(ADMINS, FULL), allow(OWNER, FULL)], []),
    ([allow(OWNER, FULL), allow(USERS, READ)], [USERS]),  # a file copied from C:\ or a share
    ([allow(OWNER, FULL), allow(EVERYONE, GENERIC_READ)], [EVERYONE]),
    ([allow(OWNER, FULL), allow(USERS, WRITE_ONLY)], []),  # may write, not read
    ([allow(OWNER, FULL), allow(USERS, READ, INHERIT_ONLY)], []),  # for the folder's children
    ([deny(USERS), allow(OWNER, FULL), allow(USERS, READ)], []),  # the deny comes first
    ([allow(USERS, READ), deny(USERS)], [USERS]),  # the allow comes first: it wins
    (None, [EVERYONE]),  # no DACL at all: everyone may do everything
])
def test_windows_entries_decide_as_windows_does(aces, expected):
    assert readers_besides_owner(OWNER, aces) == expected


def test_a_passphrase_file_readable_by_the_users_group_is_refused_on_windows(tmp_path):
    secret = tmp_path / "mat-khau.txt"
    secret.write_text("mật khẩu đủ dài\n", encoding="utf-8")
    api = FakeWindows([allow(OWNER, FULL), allow(USERS, READ)])
    with pytest.raises(InputError) as caught:
        read_passphrase_file(secret, system="nt", security_api=api)
    assert "đang cho người khác đọc" in caught.value.message
    assert "icacls" in caught.value.message and "chmod" not in caught.value.message
    assert api.asked == [secret]
    owner_only = FakeWindows([allow(SYSTEM, FULL), allow(ADMINS, FULL), allow(OWNER, FULL)])
    assert read_passphrase_file(secret, system="nt", security_api=owner_only) == "mật khẩu đủ dài"


def test_posix_reads_the_mode_bits(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX permission bits")
    secret = tmp_path / "p.txt"
    secret.write_text("mật khẩu đủ dài\n", encoding="utf-8")
    secret.chmod(0o600)
    assert other_readers(secret) == []
    secret.chmod(0o640)
    assert other_readers(secret) == ["group"]
    with pytest.raises(InputError, match="chmod 600"):
        read_passphrase_file(secret)


def test_windows_and_linux_get_the_same_encryption_package():
    """The Windows build cannot run here: read what it installs and bundles."""
    import tomllib

    from tests.conftest import REPO

    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    encryption = extras["project"]["optional-dependencies"]["encryption"]
    assert [e.split(">=")[0] for e in encryption] == ["sqlcipher3-wheels"]
    build = (REPO / "installer" / "build-windows.cmd").read_text(encoding="utf-8")
    assert 'pip install -q -e ".[dev,encryption]"' in build
    spec = (REPO / "installer" / "eidroster.spec").read_text(encoding="utf-8")
    assert '"sqlcipher3"' in spec  # collected into the bundle when installed
    setup = (REPO / "installer" / "setup-dev.sh").read_text(encoding="utf-8")
    assert setup.index("pip uninstall -y -q sqlcipher3-binary") < setup.index('-e ".[dev,encryption]"')
