import { useTranslate } from "react-admin";
import { MenuItem, TextField as MuiTextField } from "@mui/material";
import { PERIOD_PRESETS, type PeriodPreset } from "./periods";

/** The period of an analysis page, from the presets (上月、近三个月 …). */
export function PeriodPicker({
  value,
  onChange,
  from,
  to,
}: {
  value: PeriodPreset;
  onChange: (p: PeriodPreset) => void;
  from: string;
  to: string;
}) {
  const translate = useTranslate();
  return (
    <MuiTextField
      select
      size="small"
      sx={{ width: 260 }}
      label={translate("app.analysis.period")}
      value={value}
      onChange={(e) => onChange(e.target.value as PeriodPreset)}
      helperText={translate("app.analysis.period_range", { from, to })}
      data-testid="analysis-period"
    >
      {PERIOD_PRESETS.map((p) => (
        <MenuItem key={p} value={p}>
          {translate(`app.analysis.preset.${p}`)}
        </MenuItem>
      ))}
    </MuiTextField>
  );
}
