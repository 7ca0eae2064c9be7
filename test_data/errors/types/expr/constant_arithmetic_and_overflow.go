// Constant expressions are exact; typed constants must stay representable in their type, untyped integers
// within 512 bits (Go spec "Constant expressions").
package main

const big = 1 << 500
const huge = big * 8 / 4 // exact: 1 << 501
const third = 1.0 / 3
const one = third * 3

const b byte = 255
const i8 int8 = -128

var ok1 = huge >> 499                         // 4
var ok2 [int(one)]int                         // exactly 1
var ok3 float32 = 1e38
var ok4 = 'a' * 2.5                           // untyped float 242.5
var ok5 byte = b - 255 + 'A'
var ok6 = ^b                                  // 0
var ok7 uint64 = 1<<64 - 1

var e1 = b + 1       // ERROR "^b \+ 1 \(constant 256 of type byte\) overflows byte$"
var e2 = -i8         // ERROR "^-i8 \(constant 128 of type int8\) overflows int8$"
var e3 = big * big   // ERROR "^constant multiplication overflow$"
var e4 = big << 20   // ERROR "^constant shift overflow$"
var e5 = 1 / 0       // ERROR "^invalid operation: division by zero$"
var e6 = 1.5 / 0.0   // ERROR "^invalid operation: division by zero$"
var e7 = 7 % 2.0     // ERROR "^invalid operation: operator % not defined on 7 \(untyped float constant\)$"
var e8 byte = 256    // ERROR "^cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)$"
var e9 int = 2.5     // ERROR "^cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)$"
var e10 float32 = 1e39 // ERROR "^cannot use 1e39 \(untyped float constant 1e\+39\) as float32 value in variable declaration \(overflows\)$"
var e11 = b * 2.5    // ERROR "^2.5 \(untyped float constant\) truncated to byte$"
var e12 = i8 + 200   // ERROR "^200 \(untyped int constant\) overflows int8$"

func main() {}
