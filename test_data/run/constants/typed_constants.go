package main

import "fmt"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
)

const name string = "vo"
const flag bool = !false
const mask uint8 = 1<<8 - 1

func main() {
	fmt.Println(Second, Millisecond*5, Second/Microsecond)
	fmt.Printf("%T %T %v %v %v\n", Second, name, name, flag, mask)
	var d = 3 * Second
	fmt.Println(d, d > Second)
}
