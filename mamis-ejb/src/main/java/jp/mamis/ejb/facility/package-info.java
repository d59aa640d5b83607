/** The facilities (所属施設) members choose or name when they join, move or change their workplace. */
package jp.mamis.ejb.facility;
