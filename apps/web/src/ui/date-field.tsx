import { DateInput, type DateInputProps } from '@mantine/dates';
import { dateInputFormat, parseTypedDate } from '../i18n/format';
import { useT } from '../i18n/use-t';

interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> {
  /** `yyyy-mm-dd`, or '' for none. */
  value: string;
  onChange: (value: string) => void;
}

/** A calendar date typed or picked as dd/mm/yyyy in both languages, whatever the browser's locale. */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const t = useT();
  return (
    <DateInput
      valueFormat={dateInputFormat}
      dateParser={parseTypedDate}
      placeholder={t('common.datePlaceholder')}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      clearable={!props.required}
      clearButtonProps={{ 'aria-label': t('common.clearDate') }}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
