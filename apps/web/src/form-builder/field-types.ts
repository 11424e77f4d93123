import type { FieldType } from '@nguon/forms';
import {
  IconAlignLeft,
  IconCalendar,
  IconCalendarTime,
  IconCamera,
  IconCircleDot,
  IconDatabase,
  IconHeading,
  IconLetterCase,
  IconListCheck,
  IconMapPin,
  IconNumber,
  IconPaperclip,
  IconRuler2,
  IconSignature,
  IconStack2,
  IconToggleLeft,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/messages';

type TypeIcon = ComponentType<{ size?: number; stroke?: number }>;

/** Palette icon of each field type. */
export const fieldTypeIcons: Readonly<Record<FieldType, TypeIcon>> = {
  text: IconLetterCase,
  longText: IconAlignLeft,
  integer: IconNumber,
  number: IconRuler2,
  date: IconCalendar,
  dateTime: IconCalendarTime,
  choice: IconCircleDot,
  multiChoice: IconListCheck,
  yesNo: IconToggleLeft,
  catalog: IconDatabase,
  photos: IconCamera,
  gps: IconMapPin,
  signature: IconSignature,
  file: IconPaperclip,
  group: IconStack2,
  heading: IconHeading,
};

/** The catalogue key naming a field type ("Văn bản ngắn"…). */
export const fieldTypeName = (type: FieldType): MessageKey => `formBuilder.type.${type}`;
