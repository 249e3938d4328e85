// Public path of the image-reference model (DESIGN.md): the model lives in its calculator's folder,
// src/calculators/image-reference/model.ts, and is re-exported here unchanged.
export * from '../calculators/image-reference/model.ts';
