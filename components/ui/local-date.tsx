import { useFormatter } from "next-intl";
import { formatLocalDate, type LocalDateOptions } from "@/lib/i18n/format-local-date";

type Props = { value: string; options?: LocalDateOptions };

/** A date-only value ("YYYY-MM-DD") in the reader's language, as a <time> (see formatLocalDate). */
export function LocalDate({ value, options }: Props) {
  const format = useFormatter();
  return <time dateTime={value}>{formatLocalDate(format, value, options)}</time>;
}
