package main

import "fmt"

type ID int

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	fmt.Println(len(m), m[1], m[int64(1)], m[ID(1)], m["1"], m[1.0], m[true], m[[2]int{1, 1}])
	var e error
	m[e] = "nil interface"
	fmt.Println(m[nil])
}
