import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Session } from './auth.ts';
import type { Translator } from './i18n.ts';

export interface ConsoleContext {
  readonly session: Session;
  readonly tr: Translator;
}

export const Console = createContext<ConsoleContext | undefined>(undefined);

export function useConsole(): ConsoleContext {
  const value = useContext(Console);
  if (!value) throw new Error('useConsole outside the signed-in console');
  return value;
}
