import { useEffect, useState } from "react";
import { Button, useNotify, useRefresh, useTranslate } from "react-admin";
import {
  Autocomplete,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField as MuiTextField,
} from "@mui/material";

/** A choice whose label is data (a town, a leader, a case), not a translation key. */
export interface ActionOption {
  value: string;
  label: string;
}

/** A form's values as it opens: text for most fields, a list of values for multiselects. */
export type ActionValues = Record<string, string | string[]>;

/** One field of an action's form. */
export interface ActionField {
  name: string;
  /** Translation key of the label. */
  label: string;
  /** multiselect: several values (a string[]), picked from choices, options or a search. */
  kind?: "text" | "multiline" | "select" | "multiselect" | "date" | "time" | "number";
  /** For selects: the values and the prefix of their labels' keys… */
  choices?: string[];
  choicePrefix?: string;
  /** …or options with their own labels, given or loaded when the dialog opens… */
  options?: ActionOption[];
  loadOptions?: () => Promise<ActionOption[]>;
  /** …or (multiselect) found as the user types (serials, names). */
  searchOptions?: (text: string) => Promise<ActionOption[]>;
  required?: boolean;
  max?: number;
  /** For multiselects: the most values. */
  maxItems?: number;
  /** For numbers: the least value. */
  min?: number;
  /** For numbers: decimals allowed (weights, ratios), not only whole numbers. */
  decimal?: boolean;
  /** A further check of a text field: the translation key of what is wrong, or null. */
  check?: (value: string) => string | null;
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
  titleSuffix,
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
  /** Data after the title ("：" and a serial). */
  titleSuffix?: string;
  description?: string;
  fields: ActionField[];
  /** The values when the dialog opens (every time it opens). */
  initial?: ActionValues;
  /** Gets the text fields trimmed (numbers as typed) and, apart, the multiselects' lists. */
  run: (values: Record<string, string>, lists: Record<string, string[]>) => Promise<unknown>;
  /** Translation key of the success message. */
  done: string;
  testId?: string;
  variant?: "outlined" | "contained" | "text";
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, any>>(initial);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const shown = fields.filter((f) => !f.when || f.when(values));
  const multi = (f: ActionField) => f.kind === "multiselect";
  const errorOf = (f: ActionField): string | null => {
    const raw = values[f.name];
    if (f.kind === "multiselect") {
      const list: string[] = raw ?? [];
      if (f.required && !list.length) return translate("app.cases.required");
      if (f.maxItems && list.length > f.maxItems) return translate("app.too_many", { max: f.maxItems });
      return null;
    }
    const v = String(raw ?? "").trim();
    if (f.required && !v) return translate("app.cases.required");
    if (f.max && v.length > f.max) return translate("app.cases.too_long", { max: f.max });
    if (f.kind === "number" && v && (!(f.decimal ? /^\d+(\.\d+)?$/ : /^\d+$/).test(v) || Number(v) < (f.min ?? 0)))
      return translate(f.decimal ? "app.decimal_number" : "app.whole_number", { min: f.min ?? 0 });
    const wrong = v && f.check ? f.check(v) : null;
    if (wrong) return translate(wrong);
    return null;
  };
  const invalid = shown.some((f) => errorOf(f));
  const openDialog = () => {
    setValues(initial);
    setTouched(false);
    setOpen(true);
  };
  const submit = async () => {
    setTouched(true);
    if (invalid) return;
    setBusy(true);
    try {
      const clean = Object.fromEntries(
        shown.filter((f) => !multi(f)).map((f) => [f.name, String(values[f.name] ?? "").trim()]),
      );
      const lists = Object.fromEntries(shown.filter(multi).map((f) => [f.name, (values[f.name] ?? []) as string[]]));
      await run(clean, lists);
      notify(translate(done), { type: "success" });
      setOpen(false);
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
          openDialog();
        }}
      />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" onClick={(e) => e.stopPropagation()}>
        <DialogTitle>
          {translate(title ?? label)}
          {titleSuffix ? `：${titleSuffix}` : ""}
        </DialogTitle>
        <DialogContent>
          {description && <DialogContentText>{translate(description)}</DialogContentText>}
          <Stack spacing={2} sx={{ mt: 1 }}>
            {shown.map((f) => (
              <FieldInput
                key={f.name}
                field={f}
                open={open}
                value={values[f.name]}
                onChange={(v) => setValues((all) => ({ ...all, [f.name]: v }))}
                error={touched ? errorOf(f) : null}
              />
            ))}
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

/** The options of a field: its own, or loaded each time the dialog opens. */
function useOptions(field: ActionField, open: boolean): ActionOption[] {
  const notify = useNotify();
  const [loaded, setLoaded] = useState<ActionOption[]>([]);
  const { loadOptions } = field;
  useEffect(() => {
    if (!open || !loadOptions) return;
    let current = true;
    loadOptions()
      .then((o) => current && setLoaded(o))
      .catch((err: any) => notify(err.message, { type: "error" }));
    return () => {
      current = false;
    };
  }, [open, loadOptions, notify]);
  return field.options ?? (loadOptions ? loaded : []);
}

/** Options found as the user types, keeping those already picked. */
function useSearch(field: ActionField, text: string, picked: ActionOption[]): ActionOption[] {
  const [found, setFound] = useState<ActionOption[]>([]);
  const { searchOptions } = field;
  useEffect(() => {
    if (!searchOptions || !text.trim()) return;
    let current = true;
    const timer = setTimeout(() => {
      searchOptions(text.trim())
        .then((o) => current && setFound(o))
        .catch(() => current && setFound([]));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, searchOptions]);
  const pickedValues = new Set(picked.map((o) => o.value));
  return [...picked, ...found.filter((o) => !pickedValues.has(o.value))];
}

/** One field of the dialog, by its kind. */
function FieldInput({
  field: f,
  open,
  value,
  onChange,
  error,
}: {
  field: ActionField;
  open: boolean;
  value: any;
  onChange: (value: any) => void;
  error: string | null;
}) {
  const translate = useTranslate();
  const given = useOptions(f, open);
  const options: ActionOption[] = f.choices
    ? f.choices.map((c) => ({ value: c, label: translate(`${f.choicePrefix}.${c}`) }))
    : given;
  const [text, setText] = useState("");
  const [picked, setPicked] = useState<ActionOption[]>([]);
  const searched = useSearch(f, text, picked);
  if (f.kind === "multiselect") {
    const all = f.searchOptions ? searched : options;
    const selected = ((value ?? []) as string[]).map(
      (v) => all.find((o) => o.value === v) ?? picked.find((o) => o.value === v) ?? { value: v, label: v },
    );
    return (
      <Autocomplete
        multiple
        options={all}
        value={selected}
        filterOptions={f.searchOptions ? (o) => o : undefined}
        isOptionEqualToValue={(a, b) => a.value === b.value}
        getOptionLabel={(o) => o.label}
        onInputChange={(_e, t) => setText(t)}
        onChange={(_e, list) => {
          setPicked(list);
          onChange(list.map((o) => o.value));
        }}
        noOptionsText={translate(f.searchOptions && !text.trim() ? "app.type_to_search" : "app.no_options")}
        renderInput={(params) => (
          <MuiTextField
            {...params}
            name={f.name}
            label={translate(f.label)}
            required={f.required}
            error={Boolean(error)}
            helperText={error ?? " "}
          />
        )}
      />
    );
  }
  const select = f.kind === "select";
  return (
    <MuiTextField
      name={f.name}
      label={translate(f.label)}
      required={f.required}
      select={select}
      multiline={f.kind === "multiline"}
      minRows={f.kind === "multiline" ? 3 : undefined}
      type={f.kind === "date" || f.kind === "time" ? f.kind : f.kind === "number" ? "number" : "text"}
      value={value ?? ""}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error)}
      helperText={error ?? " "}
      slotProps={f.kind === "date" || f.kind === "time" ? { inputLabel: { shrink: true } } : undefined}
      fullWidth
    >
      {select &&
        options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
    </MuiTextField>
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
