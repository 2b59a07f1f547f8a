/**
 * The header's "…" menu: who is signed in, and Sign out for a pasted token. Signing out forgets
 * the token kept for this Office partition and starts the pane afresh, so the next person at a
 * shared desk sees neither the token nor the drafts left behind. Identity-provider and proxy
 * sign-ins end at their source, so they get no Sign out here.
 */
import { Button, Menu, MenuDivider, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles } from '@fluentui/react-components';
import { useLocale } from './locale-context.js';
import { useSessionInfo } from './session-context.js';

const useStyles = makeStyles({
  trigger: { minWidth: 'auto', flexShrink: 0 },
  who: { maxWidth: '220px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export function AccountMenu() {
  const styles = useStyles();
  const { t } = useLocale();
  const { principal, signOut } = useSessionInfo();
  if (!principal) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small" className={styles.trigger} aria-label={t('app.account')} data-testid="account-menu">
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroupHeader className={styles.who} data-testid="account-name">
            {t('app.signedInAs', { name: principal.name })}
          </MenuGroupHeader>
          {principal.via === 'token' && (
            <>
              <MenuDivider />
              <MenuItem onClick={signOut} data-testid="account-signout">
                {t('app.signOut')}
              </MenuItem>
            </>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
