import { Burger, Group } from '@mantine/core';
import { Link } from 'react-router';
import { LanguageSwitch } from '../i18n/language-switch';
import { useT } from '../i18n/use-t';
import { Logo } from '../ui/logo';
import { TenantSwitcher } from './tenant-switcher';
import { UserMenu } from './user-menu';

interface ShellHeaderProps {
  isMobile: boolean;
  /** On phones, and on screens that fold the navigation away to use the width (the designer). */
  withBurger: boolean;
  navOpened: boolean;
  onToggleNav: () => void;
}

/** Burger, logo, tenant switcher (in the navbar on phones), language switch and the person's menu. */
export function ShellHeader({ isMobile, withBurger, navOpened, onToggleNav }: ShellHeaderProps) {
  const t = useT();
  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap">
        {withBurger && (
          <Burger
            opened={navOpened}
            onClick={onToggleNav}
            size="lg"
            aria-label={navOpened ? t('shell.closeNav') : t('shell.openNav')}
            aria-expanded={navOpened}
            data-testid="nav-burger"
          />
        )}
        <Link
          to="/"
          aria-label={t('app.name')}
          style={{ textDecoration: 'none', display: 'flex', alignItems: 'center', minHeight: 44 }}
        >
          <Logo size={isMobile ? 'lg' : 'xl'} />
        </Link>
      </Group>
      <Group gap="sm" wrap="nowrap">
        {!isMobile && <TenantSwitcher withLabel={false} />}
        <LanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}
