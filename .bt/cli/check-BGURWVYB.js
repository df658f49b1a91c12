import {
  check,
  judge,
  recover,
  refusePartialRead
} from "./chunk-NZHXSPUL.js";
import "./chunk-LUUKWAVK.js";
import "./chunk-KNKCOBDI.js";
import "./chunk-5XJMPQT5.js";
import "./chunk-VG33CBMA.js";
import "./chunk-NRAWCYD3.js";
import "./chunk-H3QZ6UYL.js";
import "./chunk-HLT5EGBY.js";
import "./chunk-7TUM52OJ.js";
import "./chunk-BD6EW6TF.js";
import "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";
export {
  check,
  judge,
  recover,
  refusePartialRead
};
