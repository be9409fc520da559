/** A service's email branding as the layout shows it. */
export interface EmailBrandingInput {
  /** `#1d70b8`; anything else is ignored. */
  readonly colour: string | null;
  readonly bannerText: string | null;
  /** A public https (or http on loopback) URL of a PNG or JPEG. */
  readonly logoUrl: string | null;
}

export interface BrandingLayoutData {
  readonly colour: string;
  /** Black or white, whichever reads better on `colour`. */
  readonly textColour: string;
  readonly bannerText: string;
  readonly logoUrl: string | null;
}

const DEFAULT_COLOUR = '#0b0c0c';

/** Null without branding, so the layout keeps its plain header. */
export function brandingLayoutData(branding: EmailBrandingInput | null | undefined, serviceName: string): BrandingLayoutData | null {
  if (!branding || (!branding.colour && !branding.logoUrl && !branding.bannerText)) return null;
  const colour = branding.colour && /^#[0-9a-f]{6}$/i.test(branding.colour) ? branding.colour.toLowerCase() : DEFAULT_COLOUR;
  const logoUrl = branding.logoUrl && /^https?:\/\//i.test(branding.logoUrl) ? branding.logoUrl : null;
  return { colour, textColour: readableTextColour(colour), bannerText: branding.bannerText?.trim() || serviceName, logoUrl };
}

/** WCAG relative luminance: white text on dark colours, black on light ones. */
export function readableTextColour(hex: string): string {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with white is (1.05)/(L+0.05); with black (L+0.05)/0.05. Pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#0b0c0c';
}
