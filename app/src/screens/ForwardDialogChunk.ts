// Its own chunk (React.lazy in useForward): the dialog is not part of the app's first load.
export { ForwardDialog as default } from "@chat-app/ui-kit";
