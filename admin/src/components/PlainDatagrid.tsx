import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { Datagrid, type DatagridProps } from "react-admin";

/** Columns of free text that may wrap; the others (serials, dates, short labels) stay on one line. */
const WRAPPING = ["summary", "report\\.summary", "content", "draftOpinion", "note", "towns", "linkedTowns"];
const cellStyle = {
  "& td, & th": { whiteSpace: "nowrap" },
  ...Object.fromEntries(WRAPPING.map((c) => [`& td.column-${c}`, { whiteSpace: "normal", minWidth: 240 }])),
};

/** A Datagrid without sortable headers: the graph's lists come in their own order. */
export function PlainDatagrid({ children, sx, ...props }: DatagridProps & { children: ReactNode }) {
  return (
    <Datagrid bulkActionButtons={false} sx={{ ...cellStyle, ...(sx as object) }} {...props}>
      {Children.map(children, (c) =>
        isValidElement(c) ? cloneElement(c as ReactElement<any>, { sortable: false }) : c,
      )}
    </Datagrid>
  );
}
