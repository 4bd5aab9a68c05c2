import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { Datagrid, type DatagridProps } from "react-admin";

/** A Datagrid without sortable headers: the graph's lists come in their own order. */
export function PlainDatagrid({ children, ...props }: DatagridProps & { children: ReactNode }) {
  return (
    <Datagrid bulkActionButtons={false} {...props}>
      {Children.map(children, (c) => (isValidElement(c) ? cloneElement(c as ReactElement<any>, { sortable: false }) : c))}
    </Datagrid>
  );
}
