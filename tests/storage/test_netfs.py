"""Network-share detection, with fake mount tables."""

from __future__ import annotations

import pytest

from trainer.storage.netfs import network_filesystem, parse_bsd_mount_output

TABLE = r"""sysfs /sys sysfs rw,nosuid 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw 0 0
tmpfs /tmp tmpfs rw 0 0
fileserver:/export/home /home/shared nfs rw,vers=3 0 0
nas:/data /mnt/nfs4 nfs4 rw,vers=4.2 0 0
//nas/giaovien /mnt/cifs cifs rw,vers=3.0 0 0
//nas/smb3 /mnt/smb3 smb3 rw 0 0
user@host:/srv /home/lan/remote fuse.sshfs rw,nosuid 0 0
drvfs /mnt/c 9p rw 0 0
/dev/sdb1 /mnt/usb\040stick vfat rw 0 0
/dev/sdc1 /mnt/cifs/local-inside ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/lan/.local/share/app/progress.sqlite3", None),
        ("/tmp/x/progress.sqlite3", None),
        ("/home/shared/lan/progress.sqlite3", "nfs"),
        ("/home/sharedness/progress.sqlite3", None),  # a prefix of the name is not the mount
        ("/mnt/nfs4/a/b", "nfs4"),
        ("/mnt/cifs/truong/progress.sqlite3", "cifs"),
        ("/mnt/smb3/x", "smb3"),
        ("/home/lan/remote/progress.sqlite3", "fuse.sshfs"),
        ("/mnt/c/Users/lan/progress.sqlite3", "9p"),
        ("/mnt/usb stick/progress.sqlite3", None),  # escaped space in /proc/mounts
        ("/mnt/cifs/local-inside/progress.sqlite3", None),  # the longest mount point wins
    ],
)
def test_linux_mount_table(path: str, expected: str | None) -> None:
    assert network_filesystem(path, mount_table=TABLE) == expected


def test_windows_unc_paths_are_network_shares() -> None:
    assert network_filesystem(r"\\server\share\progress.sqlite3", platform="win32", mount_table="") == "unc"
    assert network_filesystem(r"C:\Users\lan\progress.sqlite3", platform="win32", mount_table="") is None


def test_bsd_mount_output_is_parsed() -> None:
    out = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//lan@nas/giaovien on /Volumes/giaovien (smbfs, nodev, nosuid, mounted by lan)\n"
    )
    mounts = parse_bsd_mount_output(out)
    assert [(m.point, m.fs_type) for m in mounts] == [("/", "apfs"), ("/Volumes/giaovien", "smbfs")]


def test_this_machine_has_a_local_temporary_folder(tmp_path: object) -> None:
    assert network_filesystem(str(tmp_path)) is None
