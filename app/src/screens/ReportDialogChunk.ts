// Its own chunk (React.lazy in useReport): the dialog is not part of the app's first load.
export { ReportDialog as default } from "@chat-app/ui-kit";
