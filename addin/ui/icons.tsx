/**
 * The few icons the pane needs, as inline SVG (no icon package): 20 px, currentColor, and
 * hidden from screen readers, since every button also has a text label.
 */
import type { SVGProps } from 'react';

function Svg({ d, ...props }: { d: string } & SVGProps<SVGSVGElement>) {
  return (
    <svg width="1em" height="1em" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <path d={d} />
    </svg>
  );
}

export const StarIcon = ({ filled }: { filled: boolean }) => (
  <Svg
    d={
      filled
        ? 'M9.1 2.9a1 1 0 0 1 1.8 0l1.93 3.91 4.31.63a1 1 0 0 1 .56 1.7l-3.12 3.05.73 4.3a1 1 0 0 1-1.45 1.05L10 15.51l-3.86 2.03a1 1 0 0 1-1.45-1.05l.74-4.3-3.12-3.05a1 1 0 0 1 .55-1.7l4.32-.63L9.1 2.9Z'
        : 'M9.1 2.9a1 1 0 0 1 1.8 0l1.93 3.91 4.31.63a1 1 0 0 1 .56 1.7l-3.12 3.05.73 4.3a1 1 0 0 1-1.45 1.05L10 15.51l-3.86 2.03a1 1 0 0 1-1.45-1.05l.74-4.3-3.12-3.05a1 1 0 0 1 .55-1.7l4.32-.63L9.1 2.9Zm.9.44L8.07 7.25a1 1 0 0 1-.75.55l-4.32.63 3.12 3.05a1 1 0 0 1 .29.88l-.74 4.3 3.86-2.03a1 1 0 0 1 .93 0l3.86 2.03-.74-4.3a1 1 0 0 1 .29-.88L17 8.43l-4.32-.63a1 1 0 0 1-.75-.55L10 3.34Z'
    }
  />
);

export const BackIcon = () => <Svg d="M12.35 15.85a.5.5 0 0 1-.7 0L6.16 10.4a.55.55 0 0 1 0-.78l5.49-5.46a.5.5 0 1 1 .7.7L7.2 10l5.16 5.15c.2.2.2.5 0 .7Z" />;

export const AddIcon = () => <Svg d="M10 2.5a.5.5 0 0 0-1 0V9H2.5a.5.5 0 0 0 0 1H9v6.5a.5.5 0 0 0 1 0V10h6.5a.5.5 0 0 0 0-1H10V2.5Z" />;

export const DismissIcon = () => (
  <Svg d="m4.09 4.22.06-.07a.5.5 0 0 1 .63-.06l.07.06L10 9.29l5.15-5.14a.5.5 0 0 1 .63-.06l.07.06c.18.17.2.44.06.63l-.06.07L10.71 10l5.14 5.15c.18.17.2.44.06.63l-.06.07a.5.5 0 0 1-.63.06l-.07-.06L10 10.71l-5.15 5.14a.5.5 0 0 1-.63.06l-.07-.06a.5.5 0 0 1-.06-.63l.06-.07L9.29 10 4.15 4.85a.5.5 0 0 1-.06-.63l.06-.07-.06.07Z" />
);

export const StopIcon = () => <Svg d="M5 4h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Z" />;

export const RefreshIcon = () => (
  <Svg d="M3.07 9.05a6.98 6.98 0 0 1 12.08-4.1V3.5a.5.5 0 0 1 1 0v3a.5.5 0 0 1-.5.5h-3a.5.5 0 0 1 0-1h1.84a5.98 5.98 0 1 0 1.57 4.56.5.5 0 1 1 1 .1A6.98 6.98 0 1 1 3.07 9.05Z" />
);

export const ArrowUpIcon = () => <Svg d="M9.65 3.15a.5.5 0 0 1 .7 0l5 5a.5.5 0 0 1-.7.7L10.5 4.71V16.5a.5.5 0 0 1-1 0V4.7L5.35 8.86a.5.5 0 1 1-.7-.7l5-5Z" />;

export const ArrowDownIcon = () => <Svg d="M10.35 16.85a.5.5 0 0 1-.7 0l-5-5a.5.5 0 0 1 .7-.7l4.15 4.14V3.5a.5.5 0 0 1 1 0v11.8l4.15-4.15a.5.5 0 0 1 .7.7l-5 5Z" />;

export const DeleteIcon = () => (
  <Svg d="M8.5 4h3a1.5 1.5 0 0 0-3 0Zm-1 0a2.5 2.5 0 0 1 5 0h5a.5.5 0 0 1 0 1h-1.05l-1.2 10.34A3 3 0 0 1 12.27 18H7.73a3 3 0 0 1-2.98-2.66L3.55 5H2.5a.5.5 0 0 1 0-1h5ZM5.74 15.23A2 2 0 0 0 7.73 17h4.54a2 2 0 0 0 1.99-1.77L15.44 5H4.56l1.18 10.23Z" />
);

export const ChevronIcon = ({ open }: { open: boolean }) => (
  <Svg d={open ? 'M15.85 7.65a.5.5 0 0 0-.7 0L10 12.79 4.85 7.65a.5.5 0 1 0-.7.7l5.5 5.5c.2.2.5.2.7 0l5.5-5.5a.5.5 0 0 0 0-.7Z' : 'M7.65 4.15a.5.5 0 0 0 0 .7L12.79 10l-5.14 5.15a.5.5 0 0 0 .7.7l5.5-5.5a.5.5 0 0 0 0-.7l-5.5-5.5a.5.5 0 0 0-.7 0Z'} />
);
