import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamptz column: read as Date, written as Date or ISO string, defaulted by the database. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface TenantsTable {
  id: string;
  name: string;
  kind: string;
  address: string;
  province: string;
  tax_code: string | null;
  gln: string | null;
  phone: string | null;
  email: string | null;
  /** active, or pending / refused for a tenant that signed up while the operator asks for approval. */
  status: ColumnType<string, string | undefined, string>;
  status_changed_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface UsersTable {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  password_hash: string | null;
  password_changed_at: NullableTimestamp;
  created_at: CreatedAt;
  /** The tenant whose invitation created the account; only it may issue set-password codes for it. */
  created_by_tenant_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MembershipsTable {
  tenant_id: string;
  user_id: string;
  role: string;
  created_at: CreatedAt;
}

export interface PlatformRolesTable {
  user_id: string;
  role: string;
}

export interface InspectorProvincesTable {
  user_id: string;
  province: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  current_tenant_id: string | null;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: string;
  tenant_id: string;
  name: string;
  role: string;
  token_hash: string;
  prefix: string;
  created_by: string;
  created_at: CreatedAt;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
}

export interface SetPasswordCodesTable {
  code_hash: string;
  /** Null for the first admin's code, issued by the operator's command. */
  tenant_id: string | null;
  user_id: string;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface InvitationsTable {
  id: string;
  tenant_id: string;
  email: string | null;
  phone: string | null;
  name: string;
  role: string;
  invited_by: string;
  code_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  status: ColumnType<string, string | undefined, string>;
  answered_at: NullableTimestamp;
  accepted_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: NullableTimestamp;
}

export interface TenantLogosTable {
  tenant_id: string;
  content_type: string;
  bytes: Buffer;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ProcessesTable {
  id: string;
  tenant_id: string;
  name_vi: string;
  name_en: string;
  product_type: string;
  archived_at: NullableTimestamp;
  /** The draft ProcessDefinition; parse it at the edge. */
  draft: ColumnType<unknown, string, string>;
  draft_revision: ColumnType<number, number | undefined, number>;
  draft_updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  draft_updated_by: string | null;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface ProcessVersionsTable {
  id: string;
  process_id: string;
  tenant_id: string;
  number: number;
  definition: ColumnType<unknown, string, never>;
  note: string;
  published_at: ColumnType<Date, Date | string | undefined, never>;
  published_by: string | null;
}

export interface FormValidatorModulesTable {
  id: string;
  code: string;
  created_at: CreatedAt;
}

export interface CatalogsTable {
  id: string;
  tenant_id: string;
  name_vi: string;
  name_en: string;
  /** The item form (StageForm); parse it at the edge. */
  form: ColumnType<unknown, string, string>;
  label_fields: string[];
  shared: ColumnType<boolean, boolean | undefined, boolean>;
  archived_at: NullableTimestamp;
  revision: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CatalogItemsTable {
  id: string;
  catalog_id: string;
  tenant_id: string;
  data: ColumnType<unknown, string, string>;
  label: string;
  search_text: string;
  archived_at: NullableTimestamp;
  revision: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_by: string | null;
}

export interface CatalogItemHistoryTable {
  id: Generated<string>;
  item_id: string;
  tenant_id: string;
  revision: number;
  action: string;
  data: ColumnType<unknown, string, never>;
  label: string;
  changed_at: ColumnType<Date, Date | string | undefined, never>;
  changed_by: string | null;
}

export interface FilesTable {
  id: string;
  tenant_id: string;
  purpose: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  public: boolean;
  original_name: string | null;
  /** The stored variants; parse them at the edge. */
  variants: ColumnType<unknown, string, string>;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface ProductsTable {
  id: string;
  tenant_id: string;
  name_vi: string;
  name_en: string;
  sku: string;
  product_type: string;
  description_vi: string;
  description_en: string;
  image_ids: string[];
  net_quantity: number | null;
  net_unit: string | null;
  shelf_life_days: number | null;
  storage_vi: string;
  storage_en: string;
  country: string;
  province: string | null;
  gtin: string | null;
  gs1_company_prefix: string | null;
  /** Certification list; parse it at the edge. */
  certifications: ColumnType<unknown, string, string>;
  process_id: string | null;
  lot_code_pattern: string | null;
  lot_seq: ColumnType<number, number | undefined, number>;
  public_fields: string[];
  search_text: string;
  archived_at: NullableTimestamp;
  revision: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_by: string | null;
}

export interface LotsTable {
  id: string;
  tenant_id: string;
  product_id: string;
  process_id: string;
  process_version_id: string;
  code: string;
  quantity: number;
  remaining: number;
  unit: string;
  status: string;
  made_at_stage_id: string | null;
  note: string;
  /** What the stage that sets the lot's quantity recorded, in `unit`; null until one is recorded. */
  recorded_quantity: ColumnType<number | null, number | null | undefined, number | null>;
  recorded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  recorded_stage_id: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_by_record: ColumnType<string | null, string | null | undefined, string | null>;
  record_count: ColumnType<number, number | undefined, number>;
  head_hash: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface LotRecordsTable {
  id: string;
  tenant_id: string;
  lot_id: string;
  seq: number;
  kind: string;
  stage_id: string;
  stage_key: string;
  process_version_id: string;
  /** Form data; parse it at the edge. */
  data: ColumnType<unknown, string, never>;
  event_time: ColumnType<Date, Date, never>;
  location: ColumnType<unknown, string | null, never>;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
  supersedes: string | null;
  reason: string | null;
  transformation: ColumnType<unknown, string | null, never>;
  /** 0023: a job record's job (id and key as recorded), both null otherwise. */
  job_id: ColumnType<string | null, string | null | undefined, never>;
  job_key: ColumnType<string | null, string | null | undefined, never>;
  /** 0023: close records only; parse it at the edge. */
  closed_by: ColumnType<unknown, string | null | undefined, never>;
  /** 0023: waiting periods broken under "warn"; null when none; parse it at the edge. */
  waiting_flags: ColumnType<unknown, string | null | undefined, never>;
  prev_hash: string;
  hash: string;
}

export interface TransformationsTable {
  id: string;
  tenant_id: string;
  process_version_id: string;
  stage_id: string;
  stage_key: string;
  event_time: Date;
  yield_percent: number | null;
  yield_flag: string | null;
  recorded_by: string | null;
  recorded_at: Date;
}

export interface TransformationLotsTable {
  transformation_id: string;
  lot_id: string;
  tenant_id: string;
  role: string;
  quantity: number;
}

export interface LotLinksTable {
  parent_lot_id: string;
  child_lot_id: string;
  transformation_id: string;
  tenant_id: string;
  /** What moved from the parent to the child, in the parent's unit (0019). */
  quantity: number;
  /** Several inputs and several outputs: the quantity is a proportional share, not weighed. */
  proportional: ColumnType<boolean, boolean | undefined, never>;
}

/** A record naming a catalog item (0019). */
export interface RecordCatalogItemsTable {
  record_id: string;
  item_id: string;
  lot_id: string;
  tenant_id: string;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  endpoint: string;
  request_hash: string;
  status: number;
  response: ColumnType<unknown, string, string>;
  created_at: CreatedAt;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: Generated<Date>;
}

export interface CheckpointsTable {
  seq: number;
  issued_at: ColumnType<Date, Date, never>;
  root: string;
  lot_count: number;
  previous_hash: string;
  key_id: string;
  statement: string;
  signature: string;
  statement_hash: string;
}

export interface CheckpointLeavesTable {
  checkpoint_seq: number;
  lot_id: string;
  record_count: number;
  head_hash: string;
}

export interface LabelBatchesTable {
  id: string;
  tenant_id: string;
  number: number;
  product_id: string | null;
  lot_id: string | null;
  quantity: number;
  generated: ColumnType<number, number | undefined, number>;
  state: ColumnType<string, string | undefined, string>;
  url_prefix: string;
  layout_key: string | null;
  /** The PDF layout chosen at order; parse it at the edge. */
  layout: ColumnType<unknown, string, string>;
  pdf_state: ColumnType<string, string | undefined, string>;
  pdf_pages_done: ColumnType<number, number | undefined, number>;
  pdf_file_id: ColumnType<string | null, string | null | undefined, string | null>;
  note: ColumnType<string, string | undefined, string>;
  error_code: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: ColumnType<Date, Date | string, never>;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  cancelled_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** Touched on every progress of its labels or PDF; see labelBatchStalled. */
  heartbeat_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface LabelsTable {
  serial: string;
  batch_id: string;
  seq: number;
  state: ColumnType<string, string | undefined, string>;
  lot_id: ColumnType<string | null, string | null | undefined, string | null>;
  changed_at: NullableTimestamp;
}

export interface LabelEventsTable {
  id: string;
  batch_id: string;
  first_seq: number;
  last_seq: number;
  kind: string;
  lot_id: string | null;
  record_id: string | null;
  reason: string | null;
  note: ColumnType<string, string | undefined, never>;
  actor_id: string | null;
  at: ColumnType<Date, Date | string, never>;
}

export interface LabelLayoutsTable {
  id: string;
  tenant_id: string;
  name: string;
  page_width_mm: number;
  page_height_mm: number;
  label_width_mm: number;
  label_height_mm: number;
  columns: number;
  rows: number;
  margin_top_mm: number;
  margin_left_mm: number;
  gap_x_mm: number;
  gap_y_mm: number;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  archived_at: NullableTimestamp;
}

export interface CatalogImportsTable {
  id: string;
  tenant_id: string;
  catalog_id: string;
  mode: string;
  state: string;
  rows_total: number;
  rows_done: ColumnType<number, number | undefined, number>;
  imported: ColumnType<number, number | undefined, number>;
  file_id: string;
  report: ColumnType<unknown, string | null | undefined, string | null>;
  error_code: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: CreatedAt;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  /** Touched at every committed batch and state change; see catalogImportStalled. */
  heartbeat_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** One consumer scan of a label page (0018): no IP address, no user agent string. */
export interface ScansTable {
  id: ColumnType<string, never, never>;
  tenant_id: string;
  label_serial: string;
  product_id: string | null;
  lot_id: string | null;
  at: Timestamp;
  network_hash: string;
  browser: string;
  language: string;
  region: string | null;
  /** A reload within 30 minutes from the same network (0021): logged, counted nowhere. */
  repeat: ColumnType<boolean, boolean | undefined, never>;
}

/** Scans per tenant, Vietnamese day, product and lot. */
export interface ScanDaysTable {
  tenant_id: string;
  /** Compared as YYYY-MM-DD text; read it through to_char (the driver would give a Date). */
  day: string;
  product_id: string | null;
  lot_id: string | null;
  scans: ColumnType<string, number | string, number | string>;
}

export interface ScanLabelsTable {
  label_serial: string;
  tenant_id: string;
  product_id: string | null;
  lot_id: string | null;
  scans: ColumnType<string, number | string, number | string>;
  first_at: Timestamp;
  last_at: Timestamp;
  count_flagged_at: NullableTimestamp;
  count_threshold: number | null;
  spread_flagged_at: NullableTimestamp;
  spread_networks: number | null;
  spread_regions: number | null;
  spread_hours: number | null;
}

export interface ScanSettingsTable {
  tenant_id: string;
  count_threshold: number;
  spread_networks: number;
  spread_regions: number;
  spread_hours: number;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** A recall or a drill (0020): never deleted; a draft is cancelled, a published recall closed. */
export interface RecallsTable {
  id: string;
  tenant_id: string;
  number: number;
  status: string;
  drill: boolean;
  severity: string;
  /** RecallNotice; parse it when read. */
  notice: ColumnType<unknown, string, string>;
  /** RecallSource; parse it when read. */
  source: ColumnType<unknown, string, never>;
  /** CloseRecallBody once closed; parse it when read. */
  outcome: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Timestamp;
  created_by: string | null;
  published_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  drill_seconds: number | null;
}

/** A lot a published recall covers (0020). */
export interface RecallLotsTable {
  recall_id: string;
  lot_id: string;
  tenant_id: string;
  seed: boolean;
  depth: number;
  from_lot_ids: ColumnType<string[], string[] | undefined, never>;
  joined_later: ColumnType<boolean, boolean | undefined, never>;
  joined_at: Timestamp;
}

/** A recall's append-only history (0020). */
export interface RecallEventsTable {
  id: string;
  recall_id: string;
  tenant_id: string;
  at: Timestamp;
  kind: string;
  by_user: string | null;
  detail: ColumnType<unknown, string | undefined, never>;
}

/** One request of a recall's report for authorities (0022): a background job over the recall's lots. */
export interface RecallReportsTable {
  id: string;
  tenant_id: string;
  recall_id: string;
  state: ColumnType<string, string | undefined, string>;
  lots_done: ColumnType<number, number | undefined, number>;
  lots_total: ColumnType<number, number | undefined, number>;
  csv_file_id: ColumnType<string | null, string | null | undefined, string | null>;
  pdf_file_id: ColumnType<string | null, string | null | undefined, string | null>;
  error_code: ColumnType<string | null, string | null | undefined, string | null>;
  requested_by: string | null;
  created_at: Timestamp;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  /** Touched at every step and state change; see recallReportStalled. */
  heartbeat_at: ColumnType<Date, Date | string, Date | string>;
}

/** 0024: the template library; one row per template, its content lives in its versions. */
export interface TemplatesTable {
  id: string;
  key: string;
  product_type: string;
  created_at: CreatedAt;
  created_by: string | null;
}

/** 0024: one published version of a template; content and hash never change, deprecation may be set. */
export interface TemplateVersionsTable {
  id: string;
  template_id: string;
  number: number;
  /** The template file at the current format; parse it at the edge. */
  content: ColumnType<unknown, string, never>;
  content_hash: string;
  /** 0026: what a library card shows of the version (TemplateVersionCard), written with it; parse it. */
  card: ColumnType<unknown, string, never>;
  name_vi: string;
  name_en: string;
  search_text: string;
  source: string;
  published_at: ColumnType<Date, Date | string | undefined, never>;
  published_by: string | null;
  deprecated_at: NullableTimestamp;
  deprecated_by: ColumnType<string | null, string | null | undefined, string | null>;
  deprecation_vi: ColumnType<string | null, string | null | undefined, string | null>;
  deprecation_en: ColumnType<string | null, string | null | undefined, string | null>;
}

/** 0024: the template version a tenant's process came from and is based on; catalog_map is key -> id. */
export interface ProcessTemplateLinksTable {
  process_id: string;
  tenant_id: string;
  template_id: string;
  used_version_id: string;
  base_version_id: string;
  catalog_map: ColumnType<unknown, string | undefined, string>;
  taken_stage_keys: ColumnType<unknown, string | undefined, string>;
  /** 0026: the ids each catalog key had before its catalog was made again, {key: [id...]}; parse it. */
  replaced_catalog_ids: ColumnType<unknown, string | undefined, string>;
  created_at: CreatedAt;
}

/** 0025: a template being written in the app; its id is the template's (or the new template's) id. */
export interface TemplateDraftsTable {
  id: string;
  template_id: string | null;
  key: string;
  base_version: number | null;
  /** A process definition (forms name catalogs by key); parse it at the edge. */
  definition: ColumnType<unknown, string, string>;
  process_revision: ColumnType<number, number | undefined, number>;
  process_updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  process_updated_by: string | null;
  /** TemplateDraftDetails; parse it at the edge. */
  details: ColumnType<unknown, string, string>;
  details_revision: ColumnType<number, number | undefined, number>;
  details_updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  details_updated_by: string | null;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface DB {
  tenants: TenantsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  platform_roles: PlatformRolesTable;
  inspector_provinces: InspectorProvincesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  set_password_codes: SetPasswordCodesTable;
  invitations: InvitationsTable;
  sign_in_throttle: SignInThrottleTable;
  schema_migrations: SchemaMigrationsTable;
  tenant_logos: TenantLogosTable;
  processes: ProcessesTable;
  process_versions: ProcessVersionsTable;
  form_validator_modules: FormValidatorModulesTable;
  catalogs: CatalogsTable;
  catalog_items: CatalogItemsTable;
  catalog_item_history: CatalogItemHistoryTable;
  files: FilesTable;
  products: ProductsTable;
  lots: LotsTable;
  lot_records: LotRecordsTable;
  transformations: TransformationsTable;
  transformation_lots: TransformationLotsTable;
  lot_links: LotLinksTable;
  record_catalog_items: RecordCatalogItemsTable;
  idempotency_keys: IdempotencyKeysTable;
  checkpoints: CheckpointsTable;
  checkpoint_leaves: CheckpointLeavesTable;
  label_batches: LabelBatchesTable;
  labels: LabelsTable;
  label_events: LabelEventsTable;
  label_layouts: LabelLayoutsTable;
  catalog_imports: CatalogImportsTable;
  scans: ScansTable;
  scan_days: ScanDaysTable;
  scan_labels: ScanLabelsTable;
  scan_settings: ScanSettingsTable;
  recalls: RecallsTable;
  recall_lots: RecallLotsTable;
  recall_events: RecallEventsTable;
  recall_reports: RecallReportsTable;
  templates: TemplatesTable;
  template_versions: TemplateVersionsTable;
  process_template_links: ProcessTemplateLinksTable;
  template_drafts: TemplateDraftsTable;
}

export type TenantRow = Selectable<TenantsTable>;
export type NewTenantRow = Insertable<TenantsTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type ProcessRow = Selectable<ProcessesTable>;
export type ProcessVersionRow = Selectable<ProcessVersionsTable>;
export type CatalogRow = Selectable<CatalogsTable>;
export type CatalogItemRow = Selectable<CatalogItemsTable>;
export type CatalogItemHistoryRow = Selectable<CatalogItemHistoryTable>;
export type FileRow = Selectable<FilesTable>;
export type ProductRow = Selectable<ProductsTable>;
export type LotRow = Selectable<LotsTable>;
export type CheckpointRow = Selectable<CheckpointsTable>;
export type CheckpointLeafRow = Selectable<CheckpointLeavesTable>;
export type LabelLayoutRow = Selectable<LabelLayoutsTable>;
export type CatalogImportRow = Selectable<CatalogImportsTable>;
export type LotRecordRow = Selectable<LotRecordsTable>;
export type TransformationRow = Selectable<TransformationsTable>;
export type LabelBatchRow = Selectable<LabelBatchesTable>;
export type LabelRow = Selectable<LabelsTable>;
export type LabelEventRow = Selectable<LabelEventsTable>;
export type ScanLabelRow = Selectable<ScanLabelsTable>;
export type ScanSettingsRow = Selectable<ScanSettingsTable>;
export type RecallReportRow = Selectable<RecallReportsTable>;
export type TemplateRow = Selectable<TemplatesTable>;
export type TemplateVersionRow = Selectable<TemplateVersionsTable>;
export type TemplateDraftRow = Selectable<TemplateDraftsTable>;
export type ProcessTemplateLinkRow = Selectable<ProcessTemplateLinksTable>;
