import type { LocalizedText, StageKind } from './process-definition';

/** Where a business step comes from: GS1 CBV 2.0, or our farm vocabulary for steps CBV lacks. */
export type BusinessStepSource = 'cbv' | 'nguon';

export interface BusinessStep {
  /** Stored in `ProcessStage.businessStep` and written to EPCIS `bizStep`. */
  uri: string;
  /** The name after `BizStep-`, e.g. `shipping`; CBV steps may be written bare in EPCIS JSON-LD. */
  id: string;
  source: BusinessStepSource;
  label: LocalizedText;
  /** The stage kind the designer suggests when this step is picked. */
  defaultKind: StageKind;
}

export const cbvBusinessStepPrefix = 'https://ref.gs1.org/cbv/BizStep-';
export const nguonBusinessStepPrefix = 'https://nguon.vn/voc/BizStep-';

type StepRow = [id: string, vi: string, en: string, defaultKind: StageKind];

// The 41 bizStep values of CBV 2.0, as enumerated by the EPCIS 2.0 JSON Schema.
const cbvRows: StepRow[] = [
  ['accepting', 'Chấp nhận hàng', 'Accepting', 'stage'],
  ['arriving', 'Đến nơi', 'Arriving', 'stage'],
  ['assembling', 'Lắp ráp, phối trộn', 'Assembling', 'transformation'],
  ['collecting', 'Thu gom', 'Collecting', 'stage'],
  ['commissioning', 'Gán mã định danh', 'Commissioning', 'stage'],
  ['consigning', 'Ký gửi', 'Consigning', 'stage'],
  ['creating_class_instance', 'Tạo lô', 'Creating a lot', 'stage'],
  ['cycle_counting', 'Kiểm đếm định kỳ', 'Cycle counting', 'stage'],
  ['decommissioning', 'Thu hồi mã định danh', 'Decommissioning', 'stage'],
  ['departing', 'Rời đi', 'Departing', 'stage'],
  ['destroying', 'Tiêu hủy', 'Destroying', 'stage'],
  ['disassembling', 'Tháo rời, tách', 'Disassembling', 'transformation'],
  ['dispensing', 'Cấp phát', 'Dispensing', 'stage'],
  ['encoding', 'Ghi mã lên tem', 'Encoding', 'stage'],
  ['entering_exiting', 'Ra vào', 'Entering or exiting', 'stage'],
  ['holding', 'Tạm giữ', 'Holding', 'stage'],
  ['inspecting', 'Kiểm tra', 'Inspecting', 'stage'],
  ['installing', 'Lắp đặt', 'Installing', 'stage'],
  ['killing', 'Giết mổ', 'Killing', 'stage'],
  ['loading', 'Bốc hàng lên', 'Loading', 'stage'],
  ['other', 'Khác', 'Other', 'stage'],
  ['packing', 'Đóng gói', 'Packing', 'packaging'],
  ['picking', 'Soạn hàng', 'Picking', 'stage'],
  ['receiving', 'Nhận hàng', 'Receiving', 'stage'],
  ['removing', 'Tháo bỏ', 'Removing', 'stage'],
  ['repackaging', 'Đóng gói lại', 'Repackaging', 'packaging'],
  ['repairing', 'Sửa chữa', 'Repairing', 'stage'],
  ['replacing', 'Thay thế', 'Replacing', 'stage'],
  ['reserving', 'Đặt trước mã', 'Reserving', 'stage'],
  ['retail_selling', 'Bán lẻ', 'Retail selling', 'stage'],
  ['sampling', 'Lấy mẫu', 'Sampling', 'stage'],
  ['sensor_reporting', 'Ghi nhận cảm biến', 'Sensor reporting', 'stage'],
  ['shipping', 'Xuất hàng', 'Shipping', 'stage'],
  ['staging_outbound', 'Tập kết chờ xuất', 'Staging outbound', 'stage'],
  ['stock_taking', 'Kiểm kê', 'Stock taking', 'stage'],
  ['stocking', 'Lên kệ', 'Stocking', 'stage'],
  ['storing', 'Lưu kho', 'Storing', 'stage'],
  ['transporting', 'Vận chuyển', 'Transporting', 'stage'],
  ['unloading', 'Dỡ hàng', 'Unloading', 'stage'],
  ['unpacking', 'Mở bao gói', 'Unpacking', 'stage'],
  ['void_shipping', 'Hủy xuất hàng', 'Void shipping', 'stage'],
];

// Farm and processing steps CBV 2.0 has no value for (it has no harvesting, drying, milling...).
const nguonRows: StepRow[] = [
  ['planting', 'Trồng', 'Planting', 'stage'],
  ['seeding', 'Gieo hạt', 'Seeding', 'stage'],
  ['fertilising', 'Bón phân', 'Fertilising', 'stage'],
  ['spraying', 'Phun thuốc', 'Spraying', 'stage'],
  ['irrigating', 'Tưới nước', 'Irrigating', 'stage'],
  ['weeding', 'Làm cỏ', 'Weeding', 'stage'],
  ['pruning', 'Tỉa cành', 'Pruning', 'stage'],
  ['harvesting', 'Thu hoạch', 'Harvesting', 'stage'],
  ['drying', 'Phơi sấy', 'Drying', 'transformation'],
  ['fermenting', 'Lên men', 'Fermenting', 'transformation'],
  ['milling', 'Xay xát', 'Milling', 'transformation'],
  ['sorting', 'Phân loại', 'Sorting', 'transformation'],
  ['processing', 'Chế biến', 'Processing', 'transformation'],
];

function toSteps(rows: StepRow[], source: BusinessStepSource, prefix: string): BusinessStep[] {
  return rows.map(([id, vi, en, defaultKind]) => ({
    uri: `${prefix}${id}`,
    id,
    source,
    label: { vi, en },
    defaultKind,
  }));
}

/** Every business step a stage may carry: CBV 2.0 first, then ours. */
export const businessSteps: readonly BusinessStep[] = [
  ...toSteps(cbvRows, 'cbv', cbvBusinessStepPrefix),
  ...toSteps(nguonRows, 'nguon', nguonBusinessStepPrefix),
];

const stepsByUri = new Map(businessSteps.map((step) => [step.uri, step]));

/** The step with this exact URI; CBV 1.x URNs and bare names are not accepted here. */
export function findBusinessStep(uri: string): BusinessStep | undefined {
  return stepsByUri.get(uri);
}

export function isKnownBusinessStep(uri: string): boolean {
  return stepsByUri.has(uri);
}
