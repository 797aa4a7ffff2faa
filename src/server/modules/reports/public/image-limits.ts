/** A photo whose structure we cannot follow: answered 400, never 500. */
export class ImageFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageFormatError';
  }
}

/**
 * Largest picture accepted, in pixels (about 8000 × 8000): a few kilobytes can declare a huge picture that would
 * exhaust the memory of the officer's browser when it is opened ("decompression bomb"); phone photos are 12–50 MP.
 */
export const MAX_PIXELS = 64_000_000;

export const PHOTO_LIMITS = {
  maxPhotos: 3,
  maxPhotoBytes: 5 * 1024 * 1024,
  maxTotalBytes: 12 * 1024 * 1024,
} as const;
