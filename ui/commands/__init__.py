"""Undoable commands, one module per area, all written one way (see ``base``): a command
does its change in ``work(tx)`` and says in ``affected(undone)`` what the window shows
afterwards; undo and redo replay the file's journal."""

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
