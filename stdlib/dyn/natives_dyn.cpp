// Package dyn's natives (declared in dyn_impl.vo): the field and index accesses (access.cpp) and the calls
// (call.cpp) behind dyn.GetAttr, GetIndex, SetAttr, SetIndex, Call and CallMethod, the run-time side of `~>`.
#include "stdlib/dyn/values.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

const NativeEntry kDynNatives[] = {
    {"dyn.callMethodNative", dyn::callMethodNative},
    {"dyn.callNative", dyn::callNative},
    {"dyn.getAttrNative", dyn::getAttrNative},
    {"dyn.getIndexNative", dyn::getIndexNative},
    {"dyn.setAttrNative", dyn::setAttrNative},
    {"dyn.setIndexNative", dyn::setIndexNative},
};

}  // namespace

std::span<const NativeEntry> dynNatives() { return kDynNatives; }

}  // namespace vo::stdlib
