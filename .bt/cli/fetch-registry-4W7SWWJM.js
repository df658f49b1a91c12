import {
  fetchRegistryTarball,
  fetchSpecTarball,
  isRegistrySpec,
  readsCachedVersion,
  registryManifestLookup,
  resolvePublishedVersion,
  specType,
  toTargetError
} from "./chunk-NZG66ZRB.js";
import "./chunk-5OE3TZND.js";
import "./chunk-HLT5EGBY.js";
import "./chunk-RYFOSZ5Q.js";
export {
  fetchRegistryTarball,
  fetchSpecTarball,
  isRegistrySpec,
  readsCachedVersion,
  registryManifestLookup,
  resolvePublishedVersion,
  specType,
  toTargetError
};
