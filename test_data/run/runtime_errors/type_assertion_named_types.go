package main

import "fmt"

type Meters float64
type Feet float64

func main() {
	var v interface{} = Meters(3)
	fmt.Println(v.(Meters))
	fmt.Println(v.(Feet))
}
