import { useCallback, useEffect, useState, type ReactNode } from "react";
import { CreateButton, TopToolbar, useDataProvider, usePermissions, useTranslate } from "react-admin";
import { Alert, Card, CardContent, Typography } from "@mui/material";
import { canAccess } from "../../auth/access";
import { readSession } from "../../auth/session";
import type { PortalDataProvider } from "../../data/dataProvider";

/** Training screens' shared pieces: role checks, the people pickers' data, small layout helpers. */

export function useCan(): (resource: string, action: string) => boolean {
  const { permissions } = usePermissions<string[]>();
  return useCallback(
    (resource: string, action: string) => canAccess(permissions ?? [], resource, action),
    [permissions],
  );
}

/** dataProvider.run for the training resources. */
export function useRun(): PortalDataProvider["run"] {
  const dataProvider = useDataProvider<PortalDataProvider>();
  return dataProvider.run;
}

/** The signed-in user's id (judges see their own scoring forms). */
export function myUserId(): string | undefined {
  return readSession()?.user.id;
}

export interface Person {
  id: string;
  displayName: string;
  department?: { id: string; name: string } | null;
}

/** Active staff and departments, loaded once per screen (only organisers may list users). */
export function usePeople(enabled = true): { users: Person[]; departments: { id: string; name: string }[] } {
  const run = useRun();
  const [data, setData] = useState<{ users: Person[]; departments: { id: string; name: string }[] }>({
    users: [],
    departments: [],
  });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    run("trainingSessions", "people")
      .then((d) => live && setData(d))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [enabled, run]);
  return data;
}

/** A list's top toolbar with the create button only for those who may create. */
export function CreateActions({ resource, label }: { resource: string; label?: string }) {
  const can = useCan();
  return <TopToolbar>{can(resource, "create") && <CreateButton label={label} />}</TopToolbar>;
}

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ mb: 1, fontWeight: 600 }}>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

export function EmptyNote({ label }: { label: string }) {
  return (
    <Alert severity="info" sx={{ m: 2 }}>
      {useTranslate()(label)}
    </Alert>
  );
}

/** 0–1 as a percentage with one decimal. */
export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? "—" : `${(share * 100).toFixed(1)}%`;

/** Seconds as mm:ss (or h:mm:ss). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

export const names = (people: { displayName: string }[] | null | undefined): string =>
  (people ?? []).map((p) => p.displayName).join("、");
