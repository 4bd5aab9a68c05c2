import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import type { PortalDataProvider } from "../data/dataProvider";

/** 启用 / 停用 for records with `active` whose resource has a setActive action. */
export function ToggleActiveButton({ resource }: { resource: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record) return null;
  const next = !record.active;
  return (
    <Button
      label={next ? "app.directory.activate" : "app.directory.deactivate"}
      onClick={async (e) => {
        e.stopPropagation();
        try {
          await dataProvider.run(resource, "setActive", { id: record.id, active: next });
          notify(translate(next ? "app.directory.activated" : "app.directory.deactivated"), { type: "success" });
          refresh();
        } catch (err: any) {
          notify(err.message, { type: "error" });
        }
      }}
    />
  );
}
