import dns from "node:dns";
import type { LookupFunction } from "node:net";
import { isPublicAddress } from "./address-policy";
import { PreviewRefused } from "./refusal";

type Resolve = (hostname: string) => Promise<dns.LookupAddress[]>;

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * The `lookup` handed to http(s).request: it resolves the name once, refuses it if ANY address is
 * not public (unless the host is allowed), and gives the socket only those checked addresses, so
 * the connection goes where the check looked and a second answer (DNS rebinding) is never asked for.
 */
export function pinnedLookup(allowed: boolean, resolve: Resolve = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new PreviewRefused(`${hostname} has no address`);
        const refused = allowed ? undefined : addresses.find((entry) => !isPublicAddress(entry.address));
        if (refused) throw new PreviewRefused(`${hostname} resolves to ${refused.address}, which is not public`);
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = family ? addresses.filter((entry) => entry.family === family) : addresses;
        if (usable.length === 0) throw new PreviewRefused(`${hostname} has no IPv${family} address`);
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, "", 0));
  };
}
