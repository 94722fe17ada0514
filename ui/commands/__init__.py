"""Undoable commands, one module per area, all written one way (see ``base``): a command
does its change in ``work(tx)`` and says in ``affected(undone)`` what the window shows
afterwards; undo and redo replay the file's journal.

A command's module is imported when the command is first named (PEP 562): the window
starts without loading the code of every change it might be asked to make."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.commands.assets import DeleteAssetsCommand, MoveAssetsCommand, SaveAssetCommand
    from ui.commands.base import StoreCommand
    from ui.commands.people import (
        CreatePositionCommand,
        DefineCompetencyCommand,
        DeletePositionCommand,
        DeleteStaffCommand,
        MoveStaffCommand,
        SaveStaffCommand,
        SetStandardCommand,
        UpdatePositionCommand,
    )
    from ui.commands.records import (
        AcceptFindingCommand,
        CreateRecordCommand,
        DeleteEditionCommand,
        SetRelevantUrusanCommand,
        UpdateRecordCommand,
        copy_edition_command,
        new_edition_command,
        new_region_command,
    )
    from ui.commands.units import (
        CreateUnitCommand,
        DeleteUnitCommand,
        MoveUnitCommand,
        SetFunctionsCommand,
        SetListCommand,
        UpdateUnitCommand,
    )

__all__ = [
    "AcceptFindingCommand",
    "CreatePositionCommand",
    "CreateRecordCommand",
    "CreateUnitCommand",
    "DefineCompetencyCommand",
    "DeleteAssetsCommand",
    "DeleteEditionCommand",
    "DeletePositionCommand",
    "DeleteStaffCommand",
    "DeleteUnitCommand",
    "MoveAssetsCommand",
    "MoveStaffCommand",
    "MoveUnitCommand",
    "SaveAssetCommand",
    "SaveStaffCommand",
    "SetFunctionsCommand",
    "SetListCommand",
    "SetRelevantUrusanCommand",
    "SetStandardCommand",
    "StoreCommand",
    "UpdatePositionCommand",
    "UpdateRecordCommand",
    "UpdateUnitCommand",
    "copy_edition_command",
    "new_edition_command",
    "new_region_command",
]

_MODULES = {
    "AcceptFindingCommand": "records",
    "CreatePositionCommand": "people",
    "CreateRecordCommand": "records",
    "CreateUnitCommand": "units",
    "DefineCompetencyCommand": "people",
    "DeleteAssetsCommand": "assets",
    "DeleteEditionCommand": "records",
    "DeletePositionCommand": "people",
    "DeleteStaffCommand": "people",
    "DeleteUnitCommand": "units",
    "MoveAssetsCommand": "assets",
    "MoveStaffCommand": "people",
    "MoveUnitCommand": "units",
    "SaveAssetCommand": "assets",
    "SaveStaffCommand": "people",
    "SetFunctionsCommand": "units",
    "SetListCommand": "units",
    "SetRelevantUrusanCommand": "records",
    "SetStandardCommand": "people",
    "StoreCommand": "base",
    "UpdatePositionCommand": "people",
    "UpdateRecordCommand": "records",
    "UpdateUnitCommand": "units",
    "copy_edition_command": "records",
    "new_edition_command": "records",
    "new_region_command": "records",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'ui.commands' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"ui.commands.{module}"), name)
    globals()[name] = value
    return value
