package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered value:", r, r == nil)
		panic(nil)
	}()
	panic(nil)
}
