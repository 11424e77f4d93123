import { Pagination, type PaginationProps } from '@mantine/core';
import { useT } from '../i18n/use-t';

/** Mantine's Pagination with names on its arrow buttons, which show only an icon, in the chosen language. */
export function PagePagination(props: PaginationProps) {
  const t = useT();
  return (
    <Pagination getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })} {...props} />
  );
}
