import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import type { PortalDataProvider } from "../data/dataProvider";

/** Message keys for the two directions of a toggle: the button's label and the notice after it. */
export interface ToggleMessages {
  turnOn: string;
  turnOff: string;
  turnedOn: string;
  turnedOff: string;
}

const ACTIVE_MESSAGES: ToggleMessages = {
  turnOn: "app.directory.activate",
  turnOff: "app.directory.deactivate",
  turnedOn: "app.directory.activated",
  turnedOff: "app.directory.deactivated",
};

interface ToggleFlagButtonProps {
  resource: string;
  /** The resource's action in the operation table; it takes `{ id, [field]: next }`. */
  action: string;
  /** The record's boolean the action flips. */
  field: string;
  messages: ToggleMessages;
  size?: "small" | "medium";
}

/**
 * A button that flips one boolean of the record through the resource's action (启用/停用,
 * 开放/关闭 …), tells the user what happened or the server's message, and refreshes the list.
 */
export function ToggleFlagButton({ resource, action, field, messages, size }: ToggleFlagButtonProps) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record) return null;
  const next = !record[field];
  return (
    <Button
      size={size}
      label={next ? messages.turnOn : messages.turnOff}
      onClick={async (e) => {
        e.stopPropagation();
        try {
          await dataProvider.run(resource, action, { id: record.id, [field]: next });
          notify(translate(next ? messages.turnedOn : messages.turnedOff), { type: "success" });
          refresh();
        } catch (err: any) {
          notify(err.message, { type: "error" });
        }
      }}
    />
  );
}

/** 启用 / 停用 for records with `active` whose resource has a setActive action. */
export function ToggleActiveButton({ resource }: { resource: string }) {
  return <ToggleFlagButton resource={resource} action="setActive" field="active" messages={ACTIVE_MESSAGES} />;
}
