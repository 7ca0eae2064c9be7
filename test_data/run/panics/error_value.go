package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("before")
	panic(errors.New("something failed"))
}
