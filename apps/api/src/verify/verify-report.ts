import type { RecordVerification } from '@nguon/contracts';
import type { ChainFaultKind } from '@nguon/domain';
import type { Bilingual } from './verify-database';

type Fault = RecordVerification['faults'][number];

/** What each fault means, for the person reading the report. */
const faultExplanations: Record<ChainFaultKind, Bilingual> = {
  content_changed: {
    vi: 'dữ liệu đã lưu không còn cho ra hash của bản ghi: nó đã bị sửa ngoài ứng dụng',
    en: "the stored data no longer gives the record's hash: it was changed outside the application",
  },
  chain_broken: {
    vi: 'bản ghi không trỏ tới hash của bản ghi ngay trước nó: chuỗi đã bị cắt hoặc ghép',
    en: 'the record does not point at the hash of the record before it: the chain was cut or spliced',
  },
  sequence_gap: {
    vi: 'thiếu bản ghi ngay trước bản ghi này: có bản ghi đã bị xóa',
    en: 'the record before this one is missing: a record was deleted',
  },
  head_mismatch: {
    vi: 'bản ghi cuối của lô không phải bản ghi mà lô ghi nhận: bản ghi cuối đã bị xóa hoặc thêm ngoài ứng dụng',
    en: "the lot's last record is not the one the lot points at: a last record was deleted or added outside the application",
  },
};

export interface ReportHeading {
  database: string;
  migration: number;
  tenant: { id: string; name: string } | null;
}

export function headingLines(heading: ReportHeading): string[] {
  const scope = heading.tenant
    ? `tài khoản / tenant ${heading.tenant.name} (${heading.tenant.id})`
    : 'mọi tài khoản / all tenants';
  return [
    'Nguồn · kiểm tra chuỗi hash của nhật ký lô / record hash chain verification',
    `  cơ sở dữ liệu / database: ${heading.database} (migration ${heading.migration})`,
    `  phạm vi / scope: ${scope}`,
  ];
}

function faultLines(fault: Fault): string[] {
  const record =
    fault.recordId === null ? 'cả lô / whole lot' : `bản ghi / record #${fault.seq} ${fault.recordId}`;
  const explanation = faultExplanations[fault.kind];
  return [
    `  ✗ lô / lot ${fault.lotCode} (${fault.lotId}) · ${record} · ${fault.kind}`,
    `      ${explanation.vi} / ${explanation.en}`,
  ];
}

/** The summary: how much was checked, then each fault with what it means; the all-clear when none. */
export function resultLines(result: RecordVerification): string[] {
  const checked = `  đã kiểm tra / checked: ${result.lots} lô / lots, ${result.records} bản ghi / records`;
  if (result.faults.length === 0)
    return [
      checked,
      'Không có lỗi: mọi bản ghi khớp với hash đã lưu. / No faults: every record matches its stored hash.',
    ];
  const lots = new Set(result.faults.map((fault) => fault.lotId)).size;
  return [
    checked,
    `Phát hiện ${result.faults.length} lỗi ở ${lots} lô / ${result.faults.length} faults found in ${lots} lots:`,
    ...result.faults.flatMap(faultLines),
  ];
}
