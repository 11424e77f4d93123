import { readFile } from 'node:fs/promises';
import type { AnchorFaultKind, SignedCheckpoint } from '@nguon/domain';
import {
  type CheckpointAudit,
  CheckpointKeyError,
  type CheckpointProblemKind,
  type CheckpointVerifier,
  checkpointVerifierFromPem,
} from '@nguon/services';
import { checkpointKeySettingsFrom } from '../config';
import { type Bilingual, VerifyRefusal } from './verify-database';

/** What the checkpoint check needs: the public keys and, when given, a saved copy of a checkpoint. */
export interface CheckpointInputs {
  verifiers: CheckpointVerifier[];
  savedCopy: SignedCheckpoint | null;
  /** Where the keys came from, for the summary. */
  keySources: string[];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function readText(file: string, what: Bilingual): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error: unknown) {
    throw new VerifyRefusal({
      vi: `Không đọc được ${what.vi} ${file}: ${messageOf(error)}`,
      en: `Cannot read ${what.en} ${file}: ${messageOf(error)}`,
    });
  }
}

function verifierFrom(pem: string, source: string): CheckpointVerifier {
  try {
    return checkpointVerifierFromPem(pem, source);
  } catch (error: unknown) {
    if (!(error instanceof CheckpointKeyError)) throw error;
    throw new VerifyRefusal({
      vi: `Khóa công khai không dùng được (${error.message}).`,
      en: `Unusable public key (${error.message}).`,
    });
  }
}

function parseCopy(text: string, file: string): SignedCheckpoint {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (typeof value === 'object' && value !== null && 'statement' in value && 'signature' in value) {
    const { statement, signature } = value;
    if (typeof statement === 'string' && typeof signature === 'string') return { statement, signature };
  }
  throw new VerifyRefusal({
    vi: `${file} không phải bản sao điểm neo: cần JSON có "statement" và "signature" (như GET /api/v1/checkpoints/{seq} trả về).`,
    en: `${file} is not a saved checkpoint: it needs JSON with "statement" and "signature" (as GET /api/v1/checkpoints/{seq} answers).`,
  });
}

/** The keys (each --public-key file, else the platform's own key as `npm start` finds it) and the saved copy. */
export async function loadCheckpointInputs(
  publicKeyFiles: readonly string[],
  checkpointFile: string | null,
  env: NodeJS.ProcessEnv,
): Promise<CheckpointInputs> {
  const inputs: CheckpointInputs = { verifiers: [], savedCopy: null, keySources: [] };
  for (const file of publicKeyFiles) {
    inputs.verifiers.push(
      verifierFrom(await readText(file, { vi: 'khóa công khai', en: 'the public key' }), file),
    );
    inputs.keySources.push(file);
  }
  if (publicKeyFiles.length === 0) {
    const settings = checkpointKeySettingsFrom(env);
    const file = settings.keyFile ?? settings.generatedFile;
    const pem = settings.privateKeyPem ?? (file ? await readFile(file, 'utf8').catch(() => null) : null);
    if (pem !== null) {
      inputs.verifiers.push(verifierFrom(pem, file ?? 'CHECKPOINT_PRIVATE_KEY'));
      inputs.keySources.push(settings.privateKeyPem ? 'CHECKPOINT_PRIVATE_KEY' : (file ?? ''));
    }
  }
  if (checkpointFile !== null)
    inputs.savedCopy = parseCopy(
      await readText(checkpointFile, { vi: 'bản sao điểm neo', en: 'the saved checkpoint' }),
      checkpointFile,
    );
  return inputs;
}

const problemExplanations: Record<CheckpointProblemKind, Bilingual> = {
  bad_signature: {
    vi: 'chữ ký không khớp nội dung: điểm neo đã bị sửa hoặc giả',
    en: 'the signature does not match: the checkpoint was altered or forged',
  },
  unknown_key: {
    vi: 'được ký bằng khóa không có trong các khóa đã cho',
    en: 'signed by a key that was not given',
  },
  chain_broken: {
    vi: 'không trỏ tới điểm neo ngay trước: có điểm neo bị xóa, thay hoặc chèn',
    en: 'does not name the checkpoint before it: one was deleted, replaced or inserted',
  },
  copy_missing: {
    vi: 'bản sao đã lưu không còn trong cơ sở dữ liệu: điểm neo đã bị xóa',
    en: 'the saved copy is no longer in the database: checkpoints were deleted',
  },
  copy_differs: {
    vi: 'cơ sở dữ liệu giữ nội dung khác dưới số này',
    en: 'the database holds another statement under this number',
  },
  copy_bad_signature: {
    vi: 'chính bản sao đã lưu không xác minh được',
    en: 'the saved copy itself does not verify',
  },
  leaves_altered: {
    vi: 'các đầu chuỗi đã lưu không dựng lại được gốc đã ký: không thể chỉ ra lô',
    en: 'the stored heads do not rebuild the signed root: no lot can be named',
  },
};

const lotExplanations: Record<AnchorFaultKind, Bilingual> = {
  lot_missing: {
    vi: 'lô đã được neo nay không còn: nó đã bị xóa',
    en: 'a lot the checkpoint anchored is gone: it was deleted',
  },
  head_rewound: {
    vi: 'lô nay có ít bản ghi hơn lúc neo: bản ghi cuối đã bị xóa và đầu chuỗi bị lùi',
    en: 'the lot now has fewer records than anchored: last records were deleted and the head rewound',
  },
  history_rewritten: {
    vi: 'bản ghi tại vị trí đã neo không còn hash đã neo: lịch sử đã bị viết lại và hash được tính lại',
    en: 'the record at the anchored position no longer has the anchored hash: history was rewritten and re-hashed',
  },
};

/** The checkpoint part of the summary; `faults` counts what makes verify exit 1. */
export function checkpointLines(
  audit: CheckpointAudit,
  inputs: CheckpointInputs,
): { lines: string[]; faults: number } {
  const lines = ['Điểm neo đã ký / signed checkpoints'];
  if (inputs.verifiers.length === 0) {
    lines.push(
      '  Không có khóa công khai: bỏ qua kiểm tra điểm neo (dùng --public-key FILE). / No public key: checkpoints not checked (use --public-key FILE).',
    );
    return { lines, faults: 0 };
  }
  lines.push(
    `  khóa / keys: ${inputs.verifiers.map((v, i) => `${v.keyId} (${inputs.keySources[i]})`).join(', ')}`,
  );
  for (const problem of audit.problems) {
    const text = problemExplanations[problem.kind];
    lines.push(
      `  ✗ điểm neo / checkpoint #${problem.seq} · ${problem.kind} · ${problem.why}`,
      `      ${text.vi} / ${text.en}`,
    );
  }
  if (!audit.anchor) {
    lines.push(
      audit.checkpoints === 0
        ? '  Chưa có điểm neo nào. / No checkpoint yet.'
        : '  Không điểm neo nào xác minh được. / No checkpoint verifies.',
    );
    return { lines, faults: audit.problems.length };
  }
  const { seq, issuedAt, lotCount } = audit.anchor;
  lines.push(`  so với điểm neo / against checkpoint #${seq} (${issuedAt}, ${lotCount} lô / lots)`);
  for (const fault of audit.lotFaults) {
    const text = lotExplanations[fault.kind];
    const anchored = `neo / anchored ${fault.anchored.recordCount} @ ${fault.anchored.headHash.slice(0, 12)}`;
    lines.push(
      `  ✗ lô / lot ${fault.lotCode ?? '?'} (${fault.lotId}) · ${fault.kind} · ${anchored}`,
      `      ${text.vi} / ${text.en}`,
    );
  }
  if (audit.notYetAnchored > 0)
    lines.push(
      `  ${audit.notYetAnchored} lô chưa được neo (tạo sau điểm neo) / lots not yet anchored (made after it)`,
    );
  const faults = audit.problems.length + audit.lotFaults.length;
  if (faults === 0)
    lines.push('  Mọi lô đã neo khớp điểm neo. / Every anchored lot agrees with the checkpoint.');
  return { lines, faults };
}
