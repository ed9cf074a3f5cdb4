import type { ReactNode } from "react";
import type { RouteObject } from "react-router-dom";
import { PATHS } from "./paths";

/** The elements of the route tree; router.tsx supplies them, the tests leave them out. */
export interface RouteElements {
  /** Theme, global styles and the session, around every page. */
  layout?: ReactNode;
  login?: ReactNode;
  register?: ReactNode;
  forgotPassword?: ReactNode;
  resetPassword?: ReactNode;
  verifyEmail?: ReactNode;
  /** The logged-in chat screen (list and conversation), kept mounted while conversations change. */
  conversations?: ReactNode;
  /** The instance admin's page (reports). */
  admin?: ReactNode;
  notFound?: ReactNode;
}

/** The app's routes: every view has an id, so a test can say which one a URL shows. */
export function appRoutes(elements: RouteElements = {}): RouteObject[] {
  return [
    {
      id: "root",
      element: elements.layout,
      children: [
        { id: "login", path: PATHS.login, element: elements.login },
        { id: "register", path: PATHS.register, element: elements.register },
        { id: "forgot-password", path: PATHS.forgotPassword, element: elements.forgotPassword },
        { id: "reset-password", path: PATHS.resetPassword, element: elements.resetPassword },
        { id: "verify-email", path: PATHS.verifyEmail, element: elements.verifyEmail },
        {
          id: "conversations",
          element: elements.conversations,
          children: [
            { id: "chats", index: true },
            { id: "chat", path: PATHS.chat },
            { id: "group", path: PATHS.group },
          ],
        },
        { id: "admin", path: PATHS.admin, element: elements.admin },
        { id: "not-found", path: "*", element: elements.notFound },
      ],
    },
  ];
}
