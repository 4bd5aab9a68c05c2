import { useState } from "react";
import { Button, useNotify, useRefresh, useTranslate } from "react-admin";
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField as MuiTextField,
} from "@mui/material";

/** One field of an action's form. */
export interface ActionField {
  name: string;
  /** Translation key of the label. */
  label: string;
  kind?: "text" | "multiline" | "select" | "date";
  /** For selects: the values and the prefix of their labels' keys. */
  choices?: string[];
  choicePrefix?: string;
  required?: boolean;
  max?: number;
  /** Shown only when this returns true for the values so far. */
  when?: (values: Record<string, string>) => boolean;
}

/**
 * A button that opens a small form for one action of the graph (record progress, conclude, feed
 * back, supervise…), checks it in Chinese, runs it, says so and refreshes the page. Every action
 * dialog of the portal is this one component with its fields.
 */
export function ActionDialog({
  label,
  title,
  description,
  fields,
  initial = {},
  run,
  done,
  testId,
  variant = "outlined",
}: {
  label: string;
  title?: string;
  description?: string;
  fields: ActionField[];
  initial?: Record<string, string>;
  run: (values: Record<string, string>) => Promise<unknown>;
  /** Translation key of the success message. */
  done: string;
  testId?: string;
  variant?: "outlined" | "contained" | "text";
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const shown = fields.filter((f) => !f.when || f.when(values));
  const errorOf = (f: ActionField): string | null => {
    const v = (values[f.name] ?? "").trim();
    if (f.required && !v) return translate("app.cases.required");
    if (f.max && v.length > f.max) return translate("app.cases.too_long", { max: f.max });
    return null;
  };
  const invalid = shown.some((f) => errorOf(f));
  const submit = async () => {
    setTouched(true);
    if (invalid) return;
    setBusy(true);
    try {
      const clean = Object.fromEntries(shown.map((f) => [f.name, (values[f.name] ?? "").trim()]));
      await run(clean);
      notify(translate(done), { type: "success" });
      setOpen(false);
      setValues(initial);
      setTouched(false);
      refresh();
    } catch (err: any) {
      notify(err.message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        label={label}
        variant={variant}
        size="small"
        data-testid={testId}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" onClick={(e) => e.stopPropagation()}>
        <DialogTitle>{translate(title ?? label)}</DialogTitle>
        <DialogContent>
          {description && <DialogContentText>{translate(description)}</DialogContentText>}
          <Stack spacing={2} sx={{ mt: 1 }}>
            {shown.map((f) => {
              const error = touched ? errorOf(f) : null;
              return (
                <MuiTextField
                  key={f.name}
                  name={f.name}
                  label={translate(f.label)}
                  required={f.required}
                  select={f.kind === "select"}
                  multiline={f.kind === "multiline"}
                  minRows={f.kind === "multiline" ? 3 : undefined}
                  type={f.kind === "date" ? "date" : "text"}
                  value={values[f.name] ?? ""}
                  onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                  error={Boolean(error)}
                  helperText={error ?? " "}
                  slotProps={f.kind === "date" ? { inputLabel: { shrink: true } } : undefined}
                  fullWidth
                >
                  {f.kind === "select" &&
                    (f.choices ?? []).map((c) => (
                      <MenuItem key={c} value={c}>
                        {translate(`${f.choicePrefix}.${c}`)}
                      </MenuItem>
                    ))}
                </MuiTextField>
              );
            })}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" variant="contained" disabled={busy} onClick={submit} />
        </DialogActions>
      </Dialog>
    </>
  );
}

/** A generated file from the graph ({ fileName, mimeType, base64 }) saved by the browser. */
export function saveGeneratedFile(file: { fileName: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
