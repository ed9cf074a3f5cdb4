import { useRef, useState, type DragEvent } from 'react';

export interface FileDropHandlers<T extends HTMLElement> {
  onDragEnter: (event: DragEvent<T>) => void;
  onDragOver: (event: DragEvent<T>) => void;
  onDragLeave: (event: DragEvent<T>) => void;
  onDrop: (event: DragEvent<T>) => void;
}

export interface FileDrop<T extends HTMLElement> {
  /** Files are being dragged over the target. */
  dragging: boolean;
  /** Spread on the drop target; empty without `onDropFiles`. */
  dropProps: Partial<FileDropHandlers<T>>;
}

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * Makes an element a drop target for files. Drags that carry no files (text, links) are left to
 * the browser. Entering and leaving the target's children fires enter/leave pairs on the target,
 * so `dragging` follows a counter of them rather than each event, and does not flicker.
 */
export function useFileDrop<T extends HTMLElement = HTMLElement>(onDropFiles?: (files: File[]) => void): FileDrop<T> {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  if (!onDropFiles) return { dragging: false, dropProps: {} };
  const reset = () => {
    depth.current = 0;
    setDragging(false);
  };
  return {
    dragging,
    dropProps: {
      onDragEnter: (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setDragging(true);
      },
      onDragOver: (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: (event) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop: (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        reset();
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onDropFiles(files);
      },
    },
  };
}
