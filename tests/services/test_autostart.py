"""Start at login: real XDG autostart file, LaunchAgent plist content, a fake registry."""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

from crmdesk.services.autostart import (
    RUN_KEY,
    LaunchAgent,
    RunKey,
    XdgAutostart,
    for_platform,
)

COMMAND = ["/opt/crm desk/python", "-m", "crmdesk"]


def test_xdg_autostart_round_trip(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path / "autostart", COMMAND)
    assert not autostart.is_enabled()
    autostart.enable()
    text = autostart.path.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text
    assert "Type=Application" in text
    assert 'Exec="/opt/crm desk/python" -m crmdesk' in text
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.path.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # twice is fine


def test_linux_uses_xdg_config_home(tmp_path: Path) -> None:
    autostart = for_platform(["crmdesk"], platform="linux")
    assert isinstance(autostart, XdgAutostart)
    autostart.enable()
    assert (Path.home() / "config" / "autostart" / "crmdesk.desktop").is_file()


def test_launch_agent_plist(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path / "LaunchAgents", COMMAND)
    agent.enable()
    plist = plistlib.loads(agent.path.read_bytes())
    assert plist["ProgramArguments"] == COMMAND
    assert plist["RunAtLoad"] is True
    assert plist["Label"] == "org.crmdesk.crmdesk"
    assert agent.is_enabled()
    agent.disable()
    assert not agent.is_enabled()


class FakeKey:
    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeRegistry:
    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE, KEY_READ, REG_SZ = 2, 1, 1

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, Any]] = {}

    def CreateKeyEx(self, root: str, path: str, _reserved: int, _access: int) -> FakeKey:
        return FakeKey(self.keys.setdefault((root, path), {}))

    def OpenKey(self, root: str, path: str, _reserved: int, _access: int) -> FakeKey:
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        return FakeKey(self.keys[(root, path)])

    def SetValueEx(self, key: FakeKey, name: str, _r: int, kind: int, value: str) -> None:
        key.values[name] = (value, kind)

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[str, int]:
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name]  # type: ignore[no-any-return]

    def DeleteValue(self, key: FakeKey, name: str) -> None:
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_key() -> None:
    registry = FakeRegistry()
    run = RunKey(registry, ["C:\\Program Files\\crmdesk\\crmdesk.exe"])
    assert not run.is_enabled()
    run.enable()
    value = registry.keys[("HKCU", RUN_KEY)]["crmdesk"]
    assert value == ('"C:\\Program Files\\crmdesk\\crmdesk.exe"', FakeRegistry.REG_SZ)
    assert run.is_enabled()
    run.disable()
    assert not run.is_enabled()
    run.disable()
