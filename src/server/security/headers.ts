/** Response headers every answer carries, and those for the API only. */

/** Powerful features the pane never uses, denied to it and to anything it could frame. */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((f) => `${f}=()`).join(', ');

/** One year; sent only over the gateway's own TLS, and never for localhost (HSTS is per host, not per port). */
export const HSTS = 'max-age=31536000';

export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Keeps the opener link for the windows the pane opens itself (Office's dialog, the sign-in popup).
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

export const API_HEADERS: Record<string, string> = {
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Answers depend on who asks and may hold drafts: no cache, shared or private, keeps them.
  'Cache-Control': 'no-store',
  Vary: 'Origin',
};

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function sendsHsts(tls: boolean, publicUrl: string): boolean {
  if (!tls) return false;
  try {
    return !LOOPBACK.test(new URL(publicUrl).hostname);
  } catch {
    return false;
  }
}
