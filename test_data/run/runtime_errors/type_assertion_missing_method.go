package main

import "fmt"

type Closer interface{ Close() error }

type file struct{}

func main() {
	var v interface{} = file{}
	c := v.(Closer)
	fmt.Println(c)
}
