import { Avatar, type AvatarProps } from '@mantine/core';
import { initials } from './initials';

interface TenantLogoProps extends Pick<AvatarProps, 'size' | 'radius'> {
  name: string;
  logoUrl: string | null;
  /** Empty when the logo only decorates a name shown beside it. */
  alt: string;
  /** A thin frame, so a wide logo on white still shows the space it fills. */
  withBorder?: boolean;
  'data-testid'?: string;
}

// Logos are rarely square: shown whole on white rather than cropped to fill the frame.
const logoStyles = { image: { objectFit: 'contain' as const, background: 'white' } };

/** A tenant's logo, or the initials of its name when it has none (or the image fails to load). */
export function TenantLogo({
  name,
  logoUrl,
  alt,
  size,
  radius = 'md',
  withBorder = false,
  ...others
}: TenantLogoProps) {
  return (
    <Avatar
      src={logoUrl}
      alt={alt}
      size={size}
      radius={radius}
      color="leaf"
      variant="light"
      styles={logoStyles}
      bd={withBorder ? '1px solid var(--mantine-color-gray-3)' : undefined}
      {...others}
    >
      {initials(name)}
    </Avatar>
  );
}
