import {
  emitReport
} from "./chunk-TPIM26WT.js";
import "./chunk-JN3J5K2Z.js";
import "./chunk-67OHRILC.js";
import "./chunk-MOMBEK7E.js";
import "./chunk-5KEMSVGB.js";
import "./chunk-KNKCOBDI.js";
import "./chunk-5XJMPQT5.js";
import "./chunk-5NGQZDJX.js";
import "./chunk-R5VEDDXK.js";
import "./chunk-HLT5EGBY.js";
import "./chunk-7TUM52OJ.js";
import "./chunk-BD6EW6TF.js";
import "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";
export {
  emitReport
};
