/**
 * Layer model: disk used by a set of running instances when they are
 * containers sharing image layers, versus when each one is a VM with a full
 * disk of its own.
 *
 * Pure and deterministic: no DOM, no locale, no user-facing text. Errors are
 * `{ field, code }` pairs; the UI words them with `src/calculators/layers/strings.ts (errors)`.
 */

import { parseDigest } from '../digest/model.ts';

// Read-only so that `as const` scenarios (see defaults.ts) are accepted too.
export interface LayerSpec {
  readonly digest: string;
  readonly sizeBytes: number;
}

export interface ImageSpec {
  readonly name: string;
  readonly layers: readonly LayerSpec[];
}

export interface InstanceSpec {
  /** Name of an entry in `images`. */
  readonly image: string;
  readonly count: number;
  readonly writableBytes: number;
}

export interface LayerScenario {
  readonly images: readonly ImageSpec[];
  readonly instances: readonly InstanceSpec[];
  readonly vm: { readonly guestOsBytes: number };
}

export const LAYERS_ERROR_CODES = [
  'missing',
  'not-a-list',
  'not-an-object',
  'not-a-string',
  'empty-name',
  'not-a-number',
  'not-finite',
  'not-an-integer',
  'negative',
  'too-large',
  'bad-digest',
  'duplicate-image',
  'unknown-image',
  'digest-size-conflict',
] as const;
export type LayersErrorCode = (typeof LAYERS_ERROR_CODES)[number];

export interface LayersError {
  /** Dotted path into the scenario, list indices included: `images.0.layers.2.digest`. */
  field: string;
  code: LayersErrorCode;
}

export type DiskUsageResult =
  | {
      ok: true;
      containers: { sharedBytes: number; writableBytes: number; totalBytes: number };
      vms: { totalBytes: number };
      savedBytes: number;
    }
  | { ok: false; errors: LayersError[] };

/**
 * True for a digest OCI registers (`sha256:` + 64 lowercase hex digits, or
 * sha512 / blake3), judged by `parseDigest`. Layers are identified by
 * content, so an unregistered algorithm is refused as well: we could not tell
 * whether two such digests name the same bytes.
 */
export function isLayerDigest(value: unknown): value is string {
  return typeof value === 'string' && parseDigest(value).ok;
}

/** The first 12 hex digits, as the Docker CLI shows a digest; the input unchanged if it is not one. */
export function shortDigest(digest: string): string {
  const parsed = parseDigest(digest);
  return parsed.ok ? parsed.encoded.slice(0, 12) : digest;
}

export type ByteUnit = 'B' | 'KiB' | 'MiB' | 'GiB' | 'TiB';

const BYTE_UNITS: readonly ByteUnit[] = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/**
 * bytes = value × 1024^k, with k the largest step (at most TiB) for which
 * |value| ≥ 1. The number is left unrounded so the UI can format it with Intl
 * in the reader's locale. Negative inputs keep their sign (savedBytes can be
 * negative); NaN and ±Infinity come back unchanged in 'B'.
 */
export function formatBytesParts(bytes: number): { value: number; unit: ByteUnit } {
  if (!Number.isFinite(bytes)) return { value: bytes, unit: 'B' };
  let step = 0;
  let value = bytes;
  while (step < BYTE_UNITS.length - 1 && Math.abs(value) >= 1024) {
    value /= 1024;
    step += 1;
  }
  return { value, unit: BYTE_UNITS[step] ?? 'B' };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A byte size or count must be a non-negative safe integer. */
function checkWholeNumber(value: unknown): LayersErrorCode | null {
  if (value === undefined) return 'missing';
  if (typeof value !== 'number' || Number.isNaN(value)) return 'not-a-number';
  if (!Number.isFinite(value)) return 'not-finite';
  if (value < 0) return 'negative';
  if (value > Number.MAX_SAFE_INTEGER) return 'too-large';
  if (!Number.isInteger(value)) return 'not-an-integer';
  return null;
}

function checkName(value: unknown): LayersErrorCode | null {
  if (value === undefined) return 'missing';
  if (typeof value !== 'string') return 'not-a-string';
  if (value.length === 0) return 'empty-name';
  return null;
}

interface CheckedImage {
  name: string;
  layers: { digest: string; size: bigint }[];
}

interface CheckedInstance {
  image: string;
  count: bigint;
  writable: bigint;
}

/**
 * containers.sharedBytes   = Σ size of each distinct layer digest among all listed images
 * containers.writableBytes = Σ count × writableBytes over instance lines
 * containers.totalBytes    = sharedBytes + writableBytes
 * vms.totalBytes           = Σ count × (guestOsBytes + Σ layers of its image + writableBytes)
 * savedBytes               = vms.totalBytes − containers.totalBytes
 *
 * Shared bytes count every listed image, used or not: an image on the host
 * occupies its layers whether or not a container runs from it (Docker keeps
 * pulled images until they are removed). So listing an image nothing runs
 * makes savedBytes smaller, and can make it negative. What does hold:
 * containers.totalBytes ≤ vms.totalBytes whenever guestOsBytes ≥ 0 and every
 * listed image has an instance line with count ≥ 1 (each stored layer is then
 * paid at least once on the VM side too, and the writable parts are equal).
 * Sums run in BigInt; a total past Number.MAX_SAFE_INTEGER is a `too-large`
 * error on the list whose sum overflowed (`images` or `instances`).
 */
export function diskUsage(scenario: LayerScenario): DiskUsageResult {
  const raw: unknown = scenario;
  const errors: LayersError[] = [];
  const fail = (field: string, code: LayersErrorCode): void => {
    errors.push({ field, code });
  };

  const root = isRecord(raw) ? raw : {};
  const images: CheckedImage[] = [];
  const instances: CheckedInstance[] = [];
  const sizeOfDigest = new Map<string, bigint>();
  const imageNames = new Set<string>();

  const rawImages = root['images'];
  if (rawImages === undefined) fail('images', 'missing');
  else if (!Array.isArray(rawImages)) fail('images', 'not-a-list');
  else {
    rawImages.forEach((rawImage: unknown, i) => {
      const at = `images.${i}`;
      if (!isRecord(rawImage)) {
        fail(at, 'not-an-object');
        return;
      }
      const name = rawImage['name'];
      const nameCode = checkName(name);
      if (nameCode !== null) fail(`${at}.name`, nameCode);
      else if (imageNames.has(name as string)) fail(`${at}.name`, 'duplicate-image');
      else imageNames.add(name as string);

      const checked: CheckedImage = { name: typeof name === 'string' ? name : '', layers: [] };
      const rawLayers = rawImage['layers'];
      if (rawLayers === undefined) fail(`${at}.layers`, 'missing');
      else if (!Array.isArray(rawLayers)) fail(`${at}.layers`, 'not-a-list');
      else {
        rawLayers.forEach((rawLayer: unknown, j) => {
          const layerAt = `${at}.layers.${j}`;
          if (!isRecord(rawLayer)) {
            fail(layerAt, 'not-an-object');
            return;
          }
          const digest = rawLayer['digest'];
          const size = rawLayer['sizeBytes'];
          let digestOk = false;
          if (digest === undefined) fail(`${layerAt}.digest`, 'missing');
          else if (typeof digest !== 'string') fail(`${layerAt}.digest`, 'not-a-string');
          else if (!isLayerDigest(digest)) fail(`${layerAt}.digest`, 'bad-digest');
          else digestOk = true;

          const sizeCode = checkWholeNumber(size);
          if (sizeCode !== null) fail(`${layerAt}.sizeBytes`, sizeCode);
          if (!digestOk || sizeCode !== null) return;

          // A digest names content, so one digest with two sizes is a typo
          // somewhere; counting either size would hide it.
          const bytes = BigInt(size as number);
          const seen = sizeOfDigest.get(digest as string);
          if (seen === undefined) sizeOfDigest.set(digest as string, bytes);
          else if (seen !== bytes) fail(`${layerAt}.sizeBytes`, 'digest-size-conflict');
          checked.layers.push({ digest: digest as string, size: bytes });
        });
      }
      images.push(checked);
    });
  }

  const rawInstances = root['instances'];
  if (rawInstances === undefined) fail('instances', 'missing');
  else if (!Array.isArray(rawInstances)) fail('instances', 'not-a-list');
  else {
    rawInstances.forEach((rawInstance: unknown, i) => {
      const at = `instances.${i}`;
      if (!isRecord(rawInstance)) {
        fail(at, 'not-an-object');
        return;
      }
      const image = rawInstance['image'];
      const imageCode = checkName(image);
      if (imageCode !== null) fail(`${at}.image`, imageCode);
      // Only judged once the image list itself was readable, so a broken
      // `images` does not also flag every instance as unknown.
      else if (Array.isArray(rawImages) && !imageNames.has(image as string)) fail(`${at}.image`, 'unknown-image');

      const count = rawInstance['count'];
      const countCode = checkWholeNumber(count);
      if (countCode !== null) fail(`${at}.count`, countCode);
      const writable = rawInstance['writableBytes'];
      const writableCode = checkWholeNumber(writable);
      if (writableCode !== null) fail(`${at}.writableBytes`, writableCode);

      if (imageCode === null && countCode === null && writableCode === null) {
        instances.push({
          image: image as string,
          count: BigInt(count as number),
          writable: BigInt(writable as number),
        });
      }
    });
  }

  const rawVm = root['vm'];
  let guestOs = 0n;
  if (rawVm === undefined) fail('vm', 'missing');
  else if (!isRecord(rawVm)) fail('vm', 'not-an-object');
  else {
    const guest = rawVm['guestOsBytes'];
    const guestCode = checkWholeNumber(guest);
    if (guestCode !== null) fail('vm.guestOsBytes', guestCode);
    else guestOs = BigInt(guest as number);
  }

  if (errors.length > 0) return { ok: false, errors };

  let shared = 0n;
  for (const size of sizeOfDigest.values()) shared += size;

  // A VM disk holds the image flattened, so every layer of it counts, once
  // per VM, even a layer that another image also has.
  const imageBytes = new Map<string, bigint>();
  for (const image of images) {
    imageBytes.set(
      image.name,
      image.layers.reduce((sum, layer) => sum + layer.size, 0n),
    );
  }

  let writable = 0n;
  let vmTotal = 0n;
  for (const line of instances) {
    writable += line.count * line.writable;
    vmTotal += line.count * (guestOs + (imageBytes.get(line.image) ?? 0n) + line.writable);
  }
  const containerTotal = shared + writable;

  if (shared > MAX_SAFE) fail('images', 'too-large');
  else if (writable > MAX_SAFE || vmTotal > MAX_SAFE || containerTotal > MAX_SAFE) fail('instances', 'too-large');
  if (errors.length > 0) return { ok: false, errors };

  return {
    ok: true,
    containers: {
      sharedBytes: Number(shared),
      writableBytes: Number(writable),
      totalBytes: Number(containerTotal),
    },
    vms: { totalBytes: Number(vmTotal) },
    savedBytes: Number(vmTotal - containerTotal),
  };
}
