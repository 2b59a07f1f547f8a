/**
 * Move up, move down and remove for one item of a list (fields, outline sections, options).
 * Buttons, not drag and drop, so the keyboard and screen readers can reorder; focus follows the
 * moved item, and after a removal it goes to the list's Add button.
 */
import { Button, Tooltip, makeStyles } from '@fluentui/react-components';
import { ArrowDownIcon, ArrowUpIcon, DeleteIcon } from '../../../ui/icons.js';

const useStyles = makeStyles({
  tools: { display: 'flex', flexShrink: 0 },
});

export interface ItemToolsProps {
  /** Stable id of the item; the buttons' ids derive from it. */
  itemKey: string;
  index: number;
  count: number;
  /** Spoken labels: "Move field subject up", … */
  labels: { up: string; down: string; remove: string };
  /** Where focus goes after a removal. */
  afterRemoveFocusId: string;
  onMove(to: number): void;
  onRemove(): void;
}

/** Focus an element by id once React has rendered the change. */
export function focusSoon(...ids: string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id) as HTMLButtonElement | null;
      if (el && !el.disabled) {
        el.focus();
        return;
      }
    }
  });
}

export function ItemTools({ itemKey, index, count, labels, afterRemoveFocusId, onMove, onRemove }: ItemToolsProps) {
  const styles = useStyles();
  const up = `${itemKey}-up`;
  const down = `${itemKey}-down`;
  return (
    <div className={styles.tools}>
      <Tooltip content={labels.up} relationship="label">
        <Button
          id={up}
          appearance="subtle"
          size="small"
          icon={<ArrowUpIcon />}
          disabled={index === 0}
          onClick={() => {
            onMove(index - 1);
            focusSoon(up, down);
          }}
        />
      </Tooltip>
      <Tooltip content={labels.down} relationship="label">
        <Button
          id={down}
          appearance="subtle"
          size="small"
          icon={<ArrowDownIcon />}
          disabled={index === count - 1}
          onClick={() => {
            onMove(index + 1);
            focusSoon(down, up);
          }}
        />
      </Tooltip>
      <Tooltip content={labels.remove} relationship="label">
        <Button
          appearance="subtle"
          size="small"
          icon={<DeleteIcon />}
          data-testid={`${itemKey}-remove`}
          onClick={() => {
            onRemove();
            focusSoon(afterRemoveFocusId);
          }}
        />
      </Tooltip>
    </div>
  );
}
